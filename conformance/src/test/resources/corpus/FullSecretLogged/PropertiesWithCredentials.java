package corpus.fullsecretlogged;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code Properties} or map given a password, a SASL JAAS line or another secret entry in this method prints it when
 * logged whole. Settings without a secret entry, a secret entry put as a literal placeholder or masked, and settings
 * logged before the secret is put are not logged secrets.
 */
class PropertiesWithCredentials {
  private static final Logger log = LoggerFactory.getLogger(PropertiesWithCredentials.class);

  void flagsKafkaPropertiesWithAJaasLine(String servers, String user, String secretValue) {
    Properties props = new Properties();
    props.put("bootstrap.servers", servers);
    props.put("sasl.jaas.config", String.format(
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";",
        user, secretValue));
    log.info("kafka producer config: {}", props); // tracelint-expect: FullSecretLogged -- logs the full secret 'props' holding 'sasl.jaas.config'
  }

  void flagsJdbcPropertiesWithAPassword(String user, String dbPass) {
    Properties info = new Properties();
    info.setProperty("user", user);
    info.setProperty("password", dbPass);
    log.debug("connecting with " + info); // tracelint-expect: FullSecretLogged -- logs the full secret 'info' holding 'password'
  }

  void flagsMapOfSettingsWithAClientSecret(String clientId, String value) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("client_id", clientId);
    settings.put("client_secret", value);
    System.out.println("oauth settings " + settings); // tracelint-expect: FullSecretLogged -- logs the full secret 'settings' holding 'client_secret'
  }

  void acceptsKafkaPropertiesWithoutCredentials(String servers) {
    Properties props = new Properties();
    props.put("bootstrap.servers", servers);
    props.put("acks", "all");
    log.info("kafka producer config: {}", props);
  }

  void acceptsJdbcPropertiesWithAPlaceholderPassword(String user) {
    Properties info = new Properties();
    info.setProperty("user", user);
    info.setProperty("password", "********");
    log.debug("connecting with " + info);
  }

  void acceptsPasswordPutAfterTheLogLine(String user, String dbPass) {
    Properties info = new Properties();
    info.setProperty("user", user);
    log.debug("connecting with " + info);
    info.setProperty("password", dbPass);
  }

  void acceptsMaskedSecretEntry(String clientId, String value) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("client_id", clientId);
    settings.put("client_secret", mask(value));
    log.info("oauth settings {}", settings);
  }

  void acceptsOnlyTheKeysOfSettingsWithASecret(String dbPass) {
    Properties info = new Properties();
    info.setProperty("password", dbPass);
    log.debug("connection settings {}", info.stringPropertyNames());
  }

  private static String mask(String secret) {
    return secret.substring(0, 2) + "***";
  }
}

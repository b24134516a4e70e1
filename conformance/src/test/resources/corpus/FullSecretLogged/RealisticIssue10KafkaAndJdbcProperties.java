package corpus.fullsecretlogged;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connection properties for the span pipeline's Kafka producer and its metadata database. */
public class RealisticIssue10KafkaAndJdbcProperties {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10KafkaAndJdbcProperties.class);

  public Properties producerConfig(String brokers, String user, String secret) {
    Properties config = new Properties();
    config.put("bootstrap.servers", brokers);
    config.put("security.protocol", "SASL_SSL");
    config.put("sasl.mechanism", "PLAIN");
    config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
        + user + "\" password=\"" + secret + "\";");
    log.info("creating span producer with {}", config); // tracelint-expect: FullSecretLogged
    return config;
  }

  public Properties plainProducerConfig(String brokers) {
    Properties config = new Properties();
    config.put("bootstrap.servers", brokers);
    config.put("acks", "all");
    log.info("creating span producer with {}", config);
    return config;
  }

  public Properties jdbcProperties(String user, String dbPassword) {
    Properties info = new Properties();
    info.setProperty("user", user);
    info.setProperty("password", dbPassword);
    info.setProperty("ssl", "true");
    log.debug("opening metadata db with " + info); // tracelint-expect: FullSecretLogged
    return info;
  }

  public Properties maskedJdbcProperties(String user) {
    Properties info = new Properties();
    info.setProperty("user", user);
    info.setProperty("password", "******");
    log.debug("opening metadata db with " + info);
    return info;
  }
}

package corpus.fullsecretlogged;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds Kafka client properties for a trace-event consumer and a plain producer. */
public class RealisticKafkaClientSetup {
  private static final Logger log = LoggerFactory.getLogger(RealisticKafkaClientSetup.class);

  public Properties producerProperties(String bootstrapServers, String clientId) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers);
    props.put("client.id", clientId);
    props.put("acks", "all");
    log.info("producer properties: {}", props);
    return props;
  }

  public Properties consumerProperties(String bootstrapServers, String username, String password) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers);
    props.put("group.id", "trace-events");
    props.put("security.protocol", "SASL_SSL");
    props.put("sasl.mechanism", "PLAIN");
    props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
        + username + "\" password=\"" + password + "\";");
    log.info("consumer properties: {}", props); // tracelint-expect: FullSecretLogged
    return props;
  }

  public Properties consumerPropertiesQuiet(String bootstrapServers, String username, String password) {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers);
    props.put("group.id", "trace-events");
    log.info("consumer for {} as {} (group {})", bootstrapServers, username, props.getProperty("group.id"));
    props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
        + username + "\" password=\"" + password + "\";");
    return props;
  }
}

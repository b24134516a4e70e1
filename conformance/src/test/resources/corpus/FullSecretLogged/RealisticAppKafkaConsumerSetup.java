package corpus.fullsecretlogged;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue consumer for agent tasks on a SASL-protected cluster. The startup log names the servers, the group and the
 * mechanism; dumping the whole Properties after the JAAS line went in prints the password.
 */
public class RealisticAppKafkaConsumerSetup {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppKafkaConsumerSetup.class);

  record ClusterSettings(String bootstrapServers, String groupId, String username, String password) {
    @Override
    public String toString() {
      return "ClusterSettings[" + bootstrapServers + ", group=" + groupId + ", user=" + username + "]";
    }
  }

  public KafkaConsumer<String, String> open(ClusterSettings cluster, List<String> topics) {
    Properties props = baseProperties(cluster);
    props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
    props.put(SaslConfigs.SASL_JAAS_CONFIG,
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + cluster.username() + "\" password=\"" + cluster.password() + "\";");
    log.info("consumer for {} in group {} via {}", cluster.bootstrapServers(), cluster.groupId(),
        props.getProperty(SaslConfigs.SASL_MECHANISM));
    log.debug("consumer settings: {}", cluster);
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
    consumer.subscribe(topics);
    return consumer;
  }

  /** The same setup, with the whole property set dumped for debugging. */
  public KafkaConsumer<String, String> openVerbose(ClusterSettings cluster) {
    Properties props = baseProperties(cluster);
    props.put("sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
            + cluster.username() + "\" password=\"" + cluster.password() + "\";");
    log.debug("kafka consumer properties: {}", props); // tracelint-expect: FullSecretLogged
    return new KafkaConsumer<>(props);
  }

  /** Base properties only: no credential entry is in them yet. */
  public void logBase(ClusterSettings cluster) {
    Properties props = baseProperties(cluster);
    log.debug("kafka base properties: {}", props);
  }

  public void drainOnce(KafkaConsumer<String, String> consumer) {
    var records = consumer.poll(Duration.ofMillis(500));
    log.info("polled {} agent tasks", records.count());
  }

  private static Properties baseProperties(ClusterSettings cluster) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, cluster.groupId());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put("security.protocol", "SASL_SSL");
    return props;
  }
}

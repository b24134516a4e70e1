package corpus.fullsecretlogged;

import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.ClientSettings;
import org.apache.kafka.clients.ClientRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.requests.AbstractRequest;
import org.apache.kafka.common.requests.RequestHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Library reads named like a secret that return no text, logged in a file that gives no other evidence of their type:
 * Kafka's {@code apiKey()} on its requests, request builders and headers is the protocol's {@code ApiKeys} enum (the
 * request type). The engines with types see the enum; PMD without an auxclasspath sees only the name, and the
 * catalogue's knowledge of the library brings its verdict to theirs. Still flagged: an {@code apiKey()} of a type the
 * unit does not take from the library, also at the end of a chain that starts at a Kafka type (a record's value), and a
 * local named like a key that holds text.
 */
class LibraryReadsOfNoText {
  private static final Logger log = LoggerFactory.getLogger(LibraryReadsOfNoText.class);

  void acceptsRequestTypeOfARequestBuilder(AbstractRequest.Builder<?> requestBuilder) {
    log.trace("Coordinator not known, will retry {} after finding coordinator.", requestBuilder.apiKey());
  }

  void acceptsRequestTypeOfAClientRequest(ClientRequest clientRequest) {
    log.debug("Sending {} request to node {}", clientRequest.apiKey(), clientRequest.destination());
  }

  void acceptsRequestTypeOfARequestHeader(RequestHeader header) {
    log.debug("Received {} response with correlation id {}", header.apiKey(), header.correlationId());
  }

  void flagsApiKeyOfAnInHouseTypeBesideKafkaRequests(ClientSettings settings, RequestHeader header) {
    log.info("{} with key {}", header.apiKey(), settings.apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsApiKeyOfTheValueOfAKafkaRecord(ConsumerRecord<String, ClientSettings> record) {
    log.info("settings for {}: key {}", record.key(), record.value().apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsApiKeyLocalBesideAKafkaRequest(ClientRequest request) {
    String apiKey = System.getenv("GATEWAY_API_KEY");
    log.info("{} via gateway key {}", request.apiKey(), apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }
}

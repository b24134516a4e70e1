package corpus.fullsecretlogged;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * A support-ticket triage function on AWS Lambda. Its log lines go through the Lambda logger (the handler's
 * {@code context.getLogger()}, or {@code LambdaRuntime.getLogger()} outside a handler) straight to CloudWatch Logs,
 * where everyone with read access to the log group sees them.
 */
class RealisticLambdaLoggerLines implements RequestHandler<Map<String, String>, String> {
  private static final String TRIAGE_API_KEY = System.getenv("TRIAGE_API_KEY");
  private static final String TRIAGE_MODEL = System.getenv("TRIAGE_MODEL");

  static {
    LambdaRuntime.getLogger().log("triage model " + TRIAGE_MODEL + ", key set: " + (TRIAGE_API_KEY != null));
  }

  @Override
  public String handleRequest(Map<String, String> ticket, Context context) {
    LambdaLogger logger = context.getLogger();
    logger.log("triaging ticket " + ticket.get("id") + " for " + context.getFunctionName());
    return ticket.getOrDefault("queue", "general");
  }

  void flagsTheKeyOnTheHandlersLogger(Context context) {
    context.getLogger().log("calling triage model with key " + TRIAGE_API_KEY); // tracelint-expect: FullSecretLogged
  }

  void flagsACallersBearerTokenOnALocalLogger(Context context, Map<String, String> headers) {
    LambdaLogger logger = context.getLogger();
    String bearerToken = headers.get("x-upstream-token");
    logger.log("upstream call authorised by " + bearerToken); // tracelint-expect: FullSecretLogged
  }

  void flagsThePasswordOnTheRuntimeLogger(String webhookPassword) {
    LambdaRuntime.getLogger().log("webhook password " + webhookPassword); // tracelint-expect: FullSecretLogged
  }

  void acceptsTheKeysPrefixOnTheHandlersLogger(Context context) {
    String shown = TRIAGE_API_KEY == null ? "none" : TRIAGE_API_KEY.substring(0, 6) + "...";
    context.getLogger().log("calling triage model with key " + shown);
  }

  void acceptsTheTokensLengthOnALocalLogger(Context context, Map<String, String> headers) {
    LambdaLogger logger = context.getLogger();
    String bearerToken = headers.get("x-upstream-token");
    logger.log("upstream token of " + (bearerToken == null ? 0 : bearerToken.length()) + " characters");
  }

  void acceptsTheRequestIdAndModelOnTheRuntimeLogger(Context context) {
    LambdaRuntime.getLogger().log("request " + context.getAwsRequestId() + " uses model " + TRIAGE_MODEL);
  }

  void acceptsAPresenceFlagForThePassword(String webhookPassword) {
    LambdaRuntime.getLogger().log("webhook password configured: " + !webhookPassword.isEmpty());
  }
}

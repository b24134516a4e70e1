package corpus.retrywithoutbackoff;

import org.springframework.retry.support.RetryTemplate;

/**
 * A static call names its type: {@code ChatModelOptions.builder()} builds options of a class of another file, not
 * Spring Retry's {@code RetryTemplate.builder()}, even in a file that imports {@code RetryTemplate} and without types
 * (a capitalised name that is no variable is a type, and it must be the catalogued owner's name).
 */
class StaticBuildersOfOtherTypes {
  ChatModelOptions acceptsAnotherTypesBuilder(String model) {
    return ChatModelOptions.builder().model(model).temperature(0.2).build();
  }

  ChatModelOptions acceptsAnotherTypesBuilderGivenToAMerge(ChatModelOptions defaults) {
    return merge(ChatModelOptions.builder().model(defaults.model()).build(), defaults);
  }

  RetryTemplate acceptsTheRetryTemplateWithABackoff() {
    return RetryTemplate.builder().maxAttempts(3).exponentialBackoff(200, 2.0, 5_000).build();
  }

  RetryTemplate flagsTheRetryTemplateWithoutOne() {
    return RetryTemplate.builder().maxAttempts(3).build(); // tracelint-expect: RetryWithoutBackoff
  }

  private static ChatModelOptions merge(ChatModelOptions first, ChatModelOptions second) {
    return first.temperature() == second.temperature() ? first : second;
  }
}

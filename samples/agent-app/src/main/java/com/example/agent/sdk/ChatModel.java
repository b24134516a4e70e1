package com.example.agent.sdk;

/** The in-house client of the language model the agent calls; a call can fail (timeout, rate limit). */
public interface ChatModel {

  /** Sends the prompt and returns the model's reply; throws when the model cannot answer. */
  String complete(String prompt);
}

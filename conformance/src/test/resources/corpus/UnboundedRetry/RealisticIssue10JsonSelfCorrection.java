package corpus.unboundedretry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Structured extraction that asks the model to fix invalid JSON until it parses. */
public class RealisticIssue10JsonSelfCorrection {
  record Invoice(String vendor, double total) {}

  interface Llm {
    String chat(List<String> messages);
  }

  private final Llm llm;
  private final ObjectMapper json = new ObjectMapper();

  RealisticIssue10JsonSelfCorrection(Llm llm) {
    this.llm = llm;
  }

  public Invoice extract(String document) {
    List<String> messages = new ArrayList<>();
    messages.add("Extract the invoice as JSON: " + document);
    while (true) { // tracelint-expect: UnboundedRetry
      String reply = llm.chat(messages);
      try {
        return json.readValue(reply, Invoice.class);
      } catch (JsonProcessingException e) {
        messages.add(reply);
        messages.add("That was not valid JSON: " + e.getOriginalMessage() + ". Reply with JSON only.");
      }
    }
  }

  public Invoice extractWithLimit(String document) {
    List<String> messages = new ArrayList<>();
    messages.add("Extract the invoice as JSON: " + document);
    for (int round = 0; round < 4; round++) {
      String reply = llm.chat(messages);
      try {
        return json.readValue(reply, Invoice.class);
      } catch (JsonProcessingException e) {
        messages.add("That was not valid JSON: " + e.getOriginalMessage());
      }
    }
    throw new IllegalStateException("no valid invoice after 4 rounds");
  }

  public List<Invoice> extractAll(List<String> documents) {
    List<Invoice> invoices = new ArrayList<>();
    for (String document : documents) {
      try {
        invoices.add(json.readValue(llm.chat(List.of(document)), Invoice.class));
      } catch (JsonProcessingException e) {
        invoices.add(new Invoice("unknown", 0));
      }
    }
    return invoices;
  }
}

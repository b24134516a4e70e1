package corpus.unclosedtrace.inhouse;

/** A kind of trace: its inherited startStep is the configured start. */
public class AgentRun extends AgentTrace {}

package corpus.fullsecretlogged;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Password policy checks: the policy and the verdict are logged, the candidate password never is. */
public class RealisticCleanPasswordPolicy {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanPasswordPolicy.class);

  record PasswordPolicy(int minLength, boolean requireDigit, boolean requireSymbol) {}

  private final PasswordPolicy passwordPolicy;

  RealisticCleanPasswordPolicy(PasswordPolicy passwordPolicy) {
    this.passwordPolicy = passwordPolicy;
    log.info("password policy: {}", passwordPolicy);
  }

  public List<String> violations(String username, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < passwordPolicy.minLength()) {
      problems.add("shorter than " + passwordPolicy.minLength());
    }
    if (passwordPolicy.requireDigit() && password != null && password.chars().noneMatch(Character::isDigit)) {
      problems.add("needs a digit");
    }
    if (passwordPolicy.requireSymbol() && password != null && password.chars().allMatch(Character::isLetterOrDigit)) {
      problems.add("needs a symbol");
    }
    if (password != null && password.equalsIgnoreCase(username)) {
      problems.add("equals the user name");
    }
    boolean passwordEmpty = password == null || password.isEmpty();
    log.info("password check for user {}: {} problem(s), empty={}", username, problems.size(), passwordEmpty);
    return problems;
  }

  public void logChange(String username, String oldPassword, String newPassword) {
    log.info("user {} changed password (length {} -> {}, same={})", username, oldPassword.length(),
        newPassword.length(), oldPassword.equals(newPassword));
  }
}

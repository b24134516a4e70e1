package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Command-line conversion tools: a {@code main} that obfuscates, hashes or encrypts the password it is given and
 * prints the password beside the forms it made of it, for its user to paste into a configuration file. Printing them
 * is the program's job, on either console stream. Still flagged: a {@code main} that echoes the password with no
 * converted form of it, one that converts something else (the user name) and echoes the password, and a method other
 * than {@code main} that prints a password beside its hash (a service writing to the console logs it).
 */
class ConversionToolsPrintingTheirInput {
  static String obfuscate(String plain) {
    return "OBF:" + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(String plain) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
  }

  interface Encryptor {
    String encrypt(String plain);
  }

  static final class AcceptsAnObfuscatorShowingThePasswordAndItsForms {
    public static void main(String[] args) throws NoSuchAlgorithmException {
      String password = args[args.length - 1];
      System.err.println(password);
      System.err.println(obfuscate(password));
      System.err.println("SHA256:" + sha256Hex(password));
    }
  }

  static final class AcceptsAHasherPrintingItsInputWithALabel {
    public static void main(String[] args) throws NoSuchAlgorithmException {
      String secret = args[0];
      System.out.println("input:  " + secret);
      System.out.println("sha256: " + sha256Hex(secret));
    }
  }

  static final class AcceptsAnEncryptorPrintingInputAndOutput {
    static Encryptor encryptor;

    public static void main(String[] args) {
      String apiKey = args[0];
      System.out.println("----INPUT----");
      System.out.println(apiKey);
      System.out.println("----OUTPUT----");
      System.out.println(encryptor.encrypt(apiKey));
    }
  }

  static final class AcceptsAnObfuscatorPrintingInputAndFormOnOneLine {
    public static void main(String[] args) {
      String password = args[0];
      System.out.println(password + " => " + obfuscate(password));
    }
  }

  static final class FlagsAPasswordEchoedWithNoConvertedForm {
    public static void main(String[] args) {
      String password = args[1];
      System.err.println("connecting as " + args[0] + " with " + password); // tracelint-expect: FullSecretLogged
    }
  }

  static final class FlagsAPasswordEchoedBesideAHashOfTheUserName {
    public static void main(String[] args) throws NoSuchAlgorithmException {
      String user = args[0];
      String password = args[1];
      System.out.println(sha256Hex(user));
      System.out.println(password); // tracelint-expect: FullSecretLogged
    }
  }

  static final class FlagsAServiceThatPrintsAPasswordBesideItsHash {
    void rotate(String newPassword) throws NoSuchAlgorithmException {
      System.out.println("new password " + newPassword); // tracelint-expect: FullSecretLogged
      System.out.println("stored as " + sha256Hex(newPassword));
    }
  }
}

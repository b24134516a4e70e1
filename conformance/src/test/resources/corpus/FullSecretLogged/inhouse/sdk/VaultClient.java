package corpus.fullsecretlogged.inhouse.sdk;

/**
 * An in-house vault client. Its unseal shards and licence keys are secrets that only the SecretNames option
 * ({@code (?i)unseal|licen[cs]eKey}) names; its {@code Lease#getToken} returns a masked form, which the MaskingMethods
 * option ({@code ...VaultClient.Lease#getToken}, a nested owner written with a dot) says.
 */
public class VaultClient {
  private final String address;

  public VaultClient(String address) {
    this.address = address;
  }

  public String address() {
    return address;
  }

  public String getUnsealShard(int index) {
    return "shard-" + index;
  }

  public int getUnsealShardCount() {
    return 5;
  }

  public String getLicenseKey() {
    return "lic";
  }

  public Lease lease(String role) {
    return new Lease(role);
  }

  /** A lease on a role; its token getter is named like a secret but returns only a masked preview. */
  public static final class Lease {
    private final String role;

    Lease(String role) {
      this.role = role;
    }

    public String getRole() {
      return role;
    }

    public String getToken() {
      return "hvs.****";
    }

    public String getRawToken() {
      return "hvs.full";
    }
  }
}

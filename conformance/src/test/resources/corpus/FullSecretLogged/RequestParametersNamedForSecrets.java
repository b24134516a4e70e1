package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Endpoints of a retrieval service that older agents still call with the key in the query string, and a login form:
 * a request parameter named for a secret is one, whatever the handler's parameter is called.
 */
public class RequestParametersNamedForSecrets {
  private static final Logger log = LoggerFactory.getLogger(RequestParametersNamedForSecrets.class);

  @GetMapping("/v1/retrieve")
  public String retrieve(@RequestParam("q") String query, @RequestParam(name = "api_key") String given) {
    log.info("retrieve q={} with {}", query, given); // tracelint-expect: FullSecretLogged
    return "[]";
  }

  @GetMapping("/v1/retrieve/next")
  public String next(@RequestParam("q") String query, @RequestParam("page_token") String cursor) {
    log.info("retrieve q={} from {}", query, cursor);
    return "[]";
  }

  @GetMapping("/v1/retrieve/quiet")
  public String quiet(@RequestParam("q") String query, @RequestParam("api_key") String given) {
    log.info("retrieve q={} (key of {} chars)", query, given.length());
    return "[]";
  }

  @Path("/legacy")
  public static class LegacyResource {
    @GET
    public String search(@QueryParam("access_token") String presented, @QueryParam("limit") int limit) {
      log.debug("legacy search limit {} as {}", limit, presented); // tracelint-expect: FullSecretLogged
      return "[]";
    }

    @POST
    @Path("/login")
    public String login(@FormParam("username") String user, @FormParam("password") String entered) {
      log.info("login attempt by {} (password given: {})", user, !entered.isEmpty());
      return "ok";
    }

    @GET
    @Path("/sort")
    public String sorted(@QueryParam("sort_key") String order, @QueryParam("token_type") String kind) {
      log.info("sorting by {} for {} tokens", order, kind);
      return "[]";
    }
  }

  public void fromServlet(HttpServletRequest request) {
    String presented = request.getParameter("api_key");
    log.debug("servlet retrieve with {}", presented); // tracelint-expect: FullSecretLogged
  }

  public void fromServletSafely(HttpServletRequest request) {
    String presented = request.getParameter("api_key");
    log.debug("servlet retrieve q={} key present {}", request.getParameter("q"), presented != null);
  }

  public void fromServletCursor(HttpServletRequest request) {
    log.debug("servlet retrieve from {}", request.getParameter("next_page_token"));
  }
}

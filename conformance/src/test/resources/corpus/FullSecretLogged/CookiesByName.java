package corpus.fullsecretlogged;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cookie of a request is a credential only when it is the session's: the value of a cookie called just
 * {@code cookie} (a locale's, a theme's) is not, the value of a {@code sessionCookie} and the whole {@code Cookie}
 * header are.
 */
class CookiesByName {
  private static final Logger log = LoggerFactory.getLogger(CookiesByName.class);

  void acceptsValueOfALocaleCookie(HttpServletRequest request) {
    for (Cookie cookie : request.getCookies()) {
      if (cookie.getName().equals("locale")) {
        String value = cookie.getValue();
        log.debug("parsed locale cookie [{}]", value);
        log.trace("cookie value [{}]", cookie.getValue());
      }
    }
  }

  void flagsValueOfASessionCookie(Cookie sessionCookie) {
    log.debug("session {}", sessionCookie.getValue()); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionCookie'
  }

  void flagsTheCookieHeader(HttpServletRequest request) {
    String cookie = request.getHeader("Cookie");
    log.debug("cookies {}", cookie); // tracelint-expect: FullSecretLogged -- logs the full secret 'cookie'
  }
}

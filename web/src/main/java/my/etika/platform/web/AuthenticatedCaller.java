package my.etika.platform.web;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the login page, kept in the HTTP session (never for the API, which is stateless). */
record AuthenticatedCaller(String login, Set<String> roles) implements Serializable {

    AuthenticatedCaller {
        roles = Set.copyOf(roles);
    }
}

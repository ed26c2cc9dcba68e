package my.etika.directory.boundary;

import java.util.Set;

/** The outcome of checking a login against the directory. */
public sealed interface LoginResult {

    /** The directory accepted the password of an active officer. */
    record Accepted(String login, Set<String> roles) implements LoginResult {
        public Accepted {
            roles = Set.copyOf(roles);
        }
    }

    record Refused(LoginRefusal reason) implements LoginResult {
    }
}

package my.etika.directory.boundary;

import java.util.List;

/** What an administrator sees of the directory connection (never the bind password). */
public record DirectorySummary(boolean embedded, List<String> urls, String bindDn, String peopleBaseDn,
        String groupBaseDn, String loginAttribute, String stableIdAttribute, boolean reachable) {
}

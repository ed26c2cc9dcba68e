package my.etika.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import my.etika.platform.boundary.Roles;

/** Directory group names → application roles. Every active officer has {@link Roles#OFFICER}. */
@ApplicationScoped
public class RoleMapper {

    private final DirectoryConfig config;

    @Inject
    public RoleMapper(DirectoryConfig config) {
        this.config = config;
    }

    /** For the CDI proxy only. */
    protected RoleMapper() {
        this(null);
    }

    public Set<String> rolesOf(Collection<String> groupNames) {
        Set<String> roles = new TreeSet<>();
        roles.add(Roles.OFFICER);
        for (Map.Entry<String, String> roleGroup : config.roleGroups().entrySet()) {
            if (groupNames.stream().anyMatch(name -> name.equalsIgnoreCase(roleGroup.getValue()))) {
                roles.add(roleGroup.getKey());
            }
        }
        return roles;
    }
}

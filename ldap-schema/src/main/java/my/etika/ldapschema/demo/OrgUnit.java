package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.RDN;

import java.util.Optional;

/**
 * An organisational unit of the demo agency and its place in the DIT.
 *
 * <p>A unit may have a head (whom its members and sub-unit heads report to) and may take regular officers
 * ({@code staffWeight} &gt; 0, drawn from {@code posts}); a container such as Ibu Pejabat has neither.
 */
final class OrgUnit {

    private final int index;
    private final String code;
    private final String name;
    private final OrgUnit parent;
    private final DutyStation station;
    private final Post headPost;
    private final WeightedChoice<Post> posts;
    private final int staffWeight;
    private final String dn;

    OrgUnit(int index, String code, String name, OrgUnit parent, String parentDn, DutyStation station,
            Post headPost, WeightedChoice<Post> posts, int staffWeight) {
        if (staffWeight > 0 && posts == null) {
            throw new IllegalArgumentException("Unit " + code + " takes officers but has no posts");
        }
        this.index = index;
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.station = station;
        this.headPost = headPost;
        this.posts = posts;
        this.staffWeight = staffWeight;
        this.dn = new RDN("ou", name) + "," + parentDn;
    }

    /** Position in the chart's pre-order, usable as an array index. */
    int index() {
        return index;
    }

    /** Code without the agency prefix, e.g. {@code IP-BKP-USM}; unique in the chart. */
    String code() {
        return code;
    }

    String name() {
        return name;
    }

    Optional<OrgUnit> parent() {
        return Optional.ofNullable(parent);
    }

    DutyStation station() {
        return station;
    }

    Optional<Post> headPost() {
        return Optional.ofNullable(headPost);
    }

    WeightedChoice<Post> posts() {
        return posts;
    }

    int staffWeight() {
        return staffWeight;
    }

    String dn() {
        return dn;
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}

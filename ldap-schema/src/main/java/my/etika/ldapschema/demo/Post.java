package my.etika.ldapschema.demo;

import java.util.List;
import java.util.Random;

/**
 * A post (jawatan) of the establishment: its Malay title, scheme of service, service group and the grades it is
 * held at under each grade system. Keeping them together is what makes title, scheme, grade and group agree.
 *
 * @param ssmGrades  grades under SSM, most common first
 * @param sspaGrades grades under SSPA, most common first
 */
record Post(String title, String scheme, ServiceGroup group, List<String> ssmGrades, List<String> sspaGrades) {

    Post {
        ssmGrades = List.copyOf(ssmGrades);
        sspaGrades = List.copyOf(sspaGrades);
        if (ssmGrades.isEmpty() || sspaGrades.isEmpty()) {
            throw new IllegalArgumentException("Post " + title + " needs grades under both systems");
        }
    }

    /** A grade under the given system; lower (entry) grades are more common than promotion grades. */
    String drawGrade(GradeSystem system, Random random) {
        List<String> grades = system == GradeSystem.SSM ? ssmGrades : sspaGrades;
        int n = grades.size();
        int ticket = random.nextInt(n * (n + 1) / 2);
        for (int i = 0; i < n; i++) {
            ticket -= n - i;
            if (ticket < 0) {
                return grades.get(i);
            }
        }
        throw new IllegalStateException("unreachable: ticket beyond the total weight");
    }
}

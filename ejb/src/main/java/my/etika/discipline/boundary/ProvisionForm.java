package my.etika.discipline.boundary;

/** The content of a new provision or of a provision's next version. */
public record ProvisionForm(String heading, String textMs, String glossEn, boolean wordingVerified,
        boolean socialMedia, String correspondsToCode, String sourceUrl, String note) {
}

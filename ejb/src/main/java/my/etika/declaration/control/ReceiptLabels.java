package my.etika.declaration.control;

/** The fixed words of a receipt in one language (standard Malaysian Malay or English). */
record ReceiptLabels(
        String title,
        String intro,
        String officerName,
        String login,
        String employeeNumber,
        String orgUnit,
        String campaign,
        String policy,
        String version,
        String signedAt,
        String textSha256,
        String verificationCode,
        String verifyAt,
        String accounts,
        String platform,
        String handle,
        String registeredEmail,
        String attestations,
        String none,
        String continued,
        String pageOf) {

    static final ReceiptLabels MALAY = new ReceiptLabels(
            "Resit Akuan",
            "Resit ini mengesahkan bahawa pegawai di bawah telah menandatangani akuan secara elektronik.",
            "Nama pegawai",
            "ID log masuk",
            "No. pekerja",
            "Bahagian/Unit",
            "Kempen",
            "Dasar",
            "Versi",
            "Ditandatangani pada",
            "Cincangan SHA-256 teks",
            "Kod pengesahan",
            "Sahkan di",
            "Akaun media sosial peribadi yang diisytiharkan",
            "Platform",
            "Nama pengguna / URL",
            "E-mel berdaftar",
            "Akuan",
            "Tiada",
            "(sambungan)",
            "Halaman %d daripada %d");

    static final ReceiptLabels ENGLISH = new ReceiptLabels(
            "Declaration Receipt",
            "This receipt confirms that the officer below signed the declaration electronically.",
            "Officer name",
            "Login ID",
            "Employee no.",
            "Division/Unit",
            "Campaign",
            "Policy",
            "Version",
            "Signed at",
            "SHA-256 hash of the text",
            "Verification code",
            "Verify at",
            "Personal social media accounts declared",
            "Platform",
            "Username / URL",
            "Registered e-mail",
            "Attestations",
            "None",
            "(continued)",
            "Page %d of %d");

    static ReceiptLabels of(ReceiptContent content) {
        return content.english() ? ENGLISH : MALAY;
    }
}

package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import my.etika.it.WebSession.Page;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login page and the first screens, over HTTP, against the real EAR and the directory. */
@ExtendWith(ArquillianExtension.class)
class LoginPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    @Test
    void aProtectedPageSendsAStrangerToTheLoginPageInMalay() {
        Page page = new WebSession().get("officer/my-record.xhtml");

        assertThat(page.uri().getPath()).isEqualTo("/etika/login.xhtml");
        assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo("ms");
        assertThat(page.text()).contains("Log Masuk", "Nama Pengguna", "Kata Laluan");
        assertThat(page.document().select("label[for=login:username]")).isNotEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameClearMessage() {
        Page wrongPassword = new WebSession().logIn(EtikaServer.demo("OFFICER").login(), "salah-kata-laluan");
        Page unknownUser = new WebSession().logIn("tiada.pegawai", EtikaServer.demoPassword());

        for (Page refused : new Page[] {wrongPassword, unknownUser}) {
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.uri().getPath()).isEqualTo("/etika/login.xhtml");
            assertThat(refused.text()).contains("Nama pengguna atau kata laluan tidak sah. Sila cuba lagi.")
                    .doesNotContain("Exception", "ViewState");
        }
    }

    @Test
    void anOfficerWhoIsNoLongerActiveIsToldSoInMalayAndInEnglish() {
        DemoLogin retired = EtikaServer.inactiveDemo();
        Page malay = new WebSession().logIn(retired.login(), EtikaServer.demoPassword());

        WebSession english = new WebSession();
        english.switchLanguage(english.get("login.xhtml"), "toEnglish");
        Page inEnglish = english.logIn(retired.login(), EtikaServer.demoPassword());

        assertThat(malay.text()).contains("Akaun anda tidak berstatus pegawai aktif dalam direktori agensi");
        assertThat(inEnglish.text()).contains("Your account is not an active officer in the agency directory");
        assertThat(inEnglish.document().selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void anOfficerLogsInAndSeesTheirRecordInMalayThenInEnglish() {
        DemoLogin officer = EtikaServer.demo("OFFICER");
        WebSession session = new WebSession();

        Page home = session.logIn(officer.login(), EtikaServer.demoPassword());
        Page record = session.get("officer/my-record.xhtml");
        Page inEnglish = session.switchLanguage(record, "toEnglish");

        assertThat(home.uri().getPath()).isEqualTo("/etika/index.xhtml");
        assertThat(home.text()).contains("Selamat datang, " + officer.login());
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.text()).contains("Rekod Saya", "Gred", "Skim Perkhidmatan", "Kumpulan Perkhidmatan",
                "Penyelia", "Aktif");
        assertThat(record.document().getElementById("fullName").text()).isEqualTo(officer.fullName());
        assertThat(record.document().getElementById("login").text()).isEqualTo(officer.login());
        assertThat(record.document().getElementById("orgUnit").text()).isEqualTo(officer.orgUnit());
        assertThat(record.document().getElementById("grade").text()).isNotEqualTo("Tiada");
        assertThat(record.document().getElementById("roles").text()).isEqualTo("Pegawai");
        assertThat(record.document().getElementById("lastLogin").text()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        assertThat(inEnglish.uri().getPath()).isEqualTo("/etika/officer/my-record.xhtml");
        assertThat(inEnglish.text()).contains("My Record", "Grade", "Scheme of Service", "Service Group",
                "Supervisor", "Active");
        assertThat(inEnglish.document().getElementById("fullName").text()).isEqualTo(officer.fullName());
    }

    @Test
    void theMenuAndTheAdministrationPagesFollowTheRoles() {
        WebSession officer = new WebSession();
        Page officerHome = officer.logIn(EtikaServer.demo("OFFICER").login(), EtikaServer.demoPassword());
        Page refused = officer.get("admin/system.xhtml");

        WebSession admin = new WebSession();
        Page adminHome = admin.logIn(EtikaServer.demo("ADMIN").login(), EtikaServer.demoPassword());
        Page system = admin.get("admin/system.xhtml");

        assertThat(officerHome.text()).contains("Rekod Saya").doesNotContain("Maklumat Sistem");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Akses Ditolak").doesNotContain("Exception");
        assertThat(adminHome.text()).contains("Maklumat Sistem");
        assertThat(system.status()).isEqualTo(200);
        assertThat(system.document().getElementById("directoryReachable").text()).isEqualTo("Ya");
        assertThat(system.document().getElementById("schemaVersion").text()).isNotEqualTo("-");
        assertThat(system.document().getElementById("bindDn").text()).doesNotContain("password");
    }

    @Test
    void loggingOutEndsTheSession() {
        WebSession session = new WebSession();
        Page home = session.logIn(EtikaServer.demo("HR").login(), EtikaServer.demoPassword());

        Page loggedOut = session.submit(home, "session", java.util.Map.of(), "logout");
        Page afterwards = session.get("officer/my-record.xhtml");

        assertThat(loggedOut.uri().getPath()).isEqualTo("/etika/login.xhtml");
        assertThat(loggedOut.text()).contains("Anda telah log keluar");
        assertThat(afterwards.uri().getPath()).isEqualTo("/etika/login.xhtml");
    }

    @Test
    void aPageAskedForBeforeLoggingInIsShownAfterwards() {
        WebSession session = new WebSession();
        Page login = session.get("officer/my-record.xhtml");

        Page after = session.submit(login, "login", java.util.Map.of("username", EtikaServer.demo("AUDITOR").login(),
                "password", EtikaServer.demoPassword()), "submit");

        assertThat(after.uri().getPath()).isEqualTo("/etika/officer/my-record.xhtml");
        assertThat(after.document().getElementById("roles").text()).contains("Juruaudit");
    }
}

package my.etika.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

/**
 * One officer at a desk, signing one declaration after another under the logins of officers nobody else has
 * taken: the list, about 1 s, the declaration in Malay, about 3 s of reading, the signature, about 1 s. Think times
 * are uniform between half and one and a half times those means (times {@code thinkScale}; 0 for none). It stops
 * when the window closes (a request under way finishes) or when no officer is left.
 */
final class VirtualOfficer implements Runnable {

    private static final double LIST_THINK_SECONDS = 1;
    private static final double READ_THINK_SECONDS = 3;
    private static final double SIGNED_THINK_SECONDS = 1;
    /** One officer's think time per signature, on average. */
    static final double MEAN_THINK_SECONDS = LIST_THINK_SECONDS + READ_THINK_SECONDS + SIGNED_THINK_SECONDS;

    private final long startAt;
    private final LoadWindow window;
    private final OfficerQueue officers;
    private final String password;
    private final String campaignName;
    private final double thinkScale;
    private final EtikaClient client;
    private final ErrorLog errors;
    private final LongAdder signed;
    private final Random random;
    private final Samples samples = new Samples();

    /**
     * @param startAt {@link System#nanoTime()} at which this officer sits down (the ramp-up)
     * @param signed  counts every signature accepted, by every virtual officer
     */
    VirtualOfficer(long startAt, LoadWindow window, OfficerQueue officers, String password, String campaignName,
            double thinkScale, EtikaClient client, ErrorLog errors, LongAdder signed, long seed) {
        this.startAt = startAt;
        this.window = window;
        this.officers = officers;
        this.password = password;
        this.campaignName = campaignName;
        this.thinkScale = thinkScale;
        this.client = client;
        this.errors = errors;
        this.signed = signed;
        this.random = new Random(seed);
    }

    Samples samples() {
        return samples;
    }

    @Override
    public void run() {
        try {
            if (!window.sleep(startAt - System.nanoTime())) {
                return;
            }
            while (!window.over()) {
                String login = officers.next();
                if (login == null || !signAs(login)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the window is still open */
    private boolean signAs(String login) throws InterruptedException {
        String list = client.get(RequestKind.LIST, "me/declarations", login, password, samples);
        Long id = list == null ? null : openDeclaration(login, list);
        if (id == null) {
            return think(LIST_THINK_SECONDS); // failed (recorded): the next officer, after a pause
        }
        if (!think(LIST_THINK_SECONDS)) {
            return false;
        }

        String read = client.get(RequestKind.READ, "me/declarations/" + id + "?lang=ms", login, password, samples);
        String signature = read == null ? null : signature(login, read);
        if (signature == null) {
            return think(LIST_THINK_SECONDS);
        }
        if (!think(READ_THINK_SECONDS)) {
            return false;
        }

        String receipt = client.post(RequestKind.SIGN, "me/declarations/" + id + "/signature", signature, login,
                password, samples);
        if (receipt != null) {
            signed.increment();
            checkReceipt(login, receipt);
        }
        return think(SIGNED_THINK_SECONDS);
    }

    /** The id of the campaign's declaration, pending and open, in the officer's list; {@code null} if none. */
    private Long openDeclaration(String login, String list) {
        try {
            JsonArray declarations = Json.createReader(new StringReader(list)).readArray();
            for (JsonValue value : declarations) {
                JsonObject d = value.asJsonObject();
                if (campaignName.equals(d.getString("campaignName", null)) && d.getBoolean("open", false)
                        && "PENDING".equals(d.getString("status", null))) {
                    return d.getJsonNumber("id").longValue();
                }
            }
            errors.unexpected(RequestKind.LIST, login, "no open declaration of '" + campaignName + "' in " + list);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            errors.unexpected(RequestKind.LIST, login, "unreadable list: " + e + " in " + list);
        }
        return null;
    }

    /**
     * The signature of what was read: the password again, Malay, the SHA-256 of the text shown, every rule attested
     * and one personal account (an ordinary e-mail provider: an official address would be refused by design).
     */
    private String signature(String login, String read) {
        try {
            JsonObject declaration = Json.createReader(new StringReader(read)).readObject();
            JsonArrayBuilder rules = Json.createArrayBuilder();
            for (JsonValue rule : declaration.getJsonArray("rules")) {
                rules.add(rule.asJsonObject().getString("key"));
            }
            String handle = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", ".");
            return Json.createObjectBuilder().add("password", password).add("language", "ms")
                    .add("textSha256", declaration.getString("textSha256")).add("attestedRules", rules)
                    .add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("platform", "facebook").add("handle", handle + ".personal")
                            .add("registeredEmail", handle + "@gmail.com")))
                    .build().toString();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            errors.unexpected(RequestKind.READ, login, "unreadable declaration: " + e);
            return null;
        }
    }

    private void checkReceipt(String login, String receipt) {
        try {
            String code = Json.createReader(new StringReader(receipt)).readObject().getString("verificationCode");
            if (!code.startsWith("ETK-")) {
                errors.unexpected(RequestKind.SIGN, login, "verification code " + code);
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            errors.unexpected(RequestKind.SIGN, login, "unreadable receipt: " + e + " in " + receipt);
        }
    }

    /** @return whether the window is still open after the pause */
    private boolean think(double meanSeconds) throws InterruptedException {
        double seconds = meanSeconds * thinkScale * (0.5 + random.nextDouble());
        return window.sleep((long) (seconds * 1e9));
    }
}

package my.etika.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import my.etika.platform.web.Messages;

/**
 * An RFC 9457 problem: {@code type} names the error for programs, {@code title} and {@code detail} explain it in
 * the client's language (Malay unless it asked for English), {@code code} is the message key.
 */
public record Problem(String code, int status, String title, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose title is the HTTP reason in the caller's language and whose detail is {@code messageKey}. */
    public static Problem of(int status, Locale locale, String messageKey, Object... arguments) {
        return new Problem(messageKey, status, Messages.text(locale, "http." + status),
                Messages.text(locale, messageKey, arguments), null);
    }

    public Problem at(String path) {
        return new Problem(code, status, title, detail, path);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "urn:etika:problem:" + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (instance != null) {
            json.add("instance", instance);
        }
        return json.build().toString();
    }
}

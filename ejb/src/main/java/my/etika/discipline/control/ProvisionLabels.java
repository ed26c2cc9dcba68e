package my.etika.discipline.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders provision labels as printed: {@code 4(1)}, {@code 4(2)(a)}, {@code 4A(1)(a)}, {@code 19}, {@code 19(1)(a)}. */
public final class ProvisionLabels {

    /** Numbers compare as numbers, everything else as text. */
    public static final Comparator<String> ORDER = ProvisionLabels::compare;

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\D+");

    private ProvisionLabels() {
    }

    static int compare(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int order = numbers ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static List<String> tokens(String label) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(label);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}

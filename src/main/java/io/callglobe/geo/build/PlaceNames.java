package io.callglobe.geo.build;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns place names into comparison keys that ignore case, diacritics, punctuation, spacing and common abbreviations. */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Letters NFD does not decompose into a base letter and a mark. */
    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "æ", "ae", "ø", "o", "ł", "l",
            "đ", "d", "ı", "i", "þ", "th", "œ", "oe");
    private static final Map<String, String> WORDS = Map.of("saint", "st", "sankt", "st", "sainte", "ste",
            "fort", "ft", "mount", "mt", "san", "s", "santa", "s", "sao", "s");
    /** Words naming the kind of subdivision, dropped so "Moscow Oblast" meets "Moscow" and "Bavaria" meets "Free State of Bavaria". */
    private static final Set<String> SUBDIVISION_WORDS = Set.of("republic", "oblast", "province", "region", "state",
            "district", "krai", "kray", "prefecture", "county", "governorate", "voivodeship", "autonomous", "okrug",
            "territory", "of", "the", "free", "federal", "department", "municipality", "metropolitan", "city",
            "capital", "special", "administrative", "oblys");

    private PlaceNames() {
    }

    /** Lower-case ASCII words of a name, separated by single spaces; apostrophes join ("Xi'an" = "Xian"). */
    static String words(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        for (Map.Entry<String, String> e : LETTERS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(s).replaceAll(" ").trim();
    }

    /** Key for a place name: its words, abbreviations unified, joined without spaces. */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name).split(" ")) {
            key.append(WORDS.getOrDefault(word, word));
        }
        return key.toString();
    }

    /** Key for a subdivision name, without words that only say what kind of subdivision it is. */
    static String subdivisionKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name).split(" ")) {
            if (!SUBDIVISION_WORDS.contains(word)) {
                key.append(WORDS.getOrDefault(word, word));
            }
        }
        return key.isEmpty() ? key(name) : key.toString();
    }

    /** Whether {@code abbreviation} (e.g. "TAMPS") can abbreviate {@code name} (e.g. "Tamaulipas"): same first letter, letters in order. */
    static boolean canAbbreviate(String abbreviation, String name) {
        String a = key(abbreviation);
        String n = words(name).replace(" ", "");
        if (a.isEmpty() || n.isEmpty() || a.charAt(0) != n.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < n.length() && j < a.length(); i++) {
            if (n.charAt(i) == a.charAt(j)) {
                j++;
            }
        }
        return j == a.length();
    }

    /** Whether a name with abbreviated words ("V. N. de Famalicão", "St. Zagora") spells out as {@code name}. */
    static boolean expandsTo(String abbreviated, String name) {
        String[] shortWords = abbreviated.trim().split("\\s+");
        String[] longWords = words(name).split(" ");
        if (shortWords.length != longWords.length) {
            return false;
        }
        for (int i = 0; i < shortWords.length; i++) {
            boolean dotted = shortWords[i].endsWith(".");
            String word = words(shortWords[i]);
            if (word.isEmpty() || (dotted ? !longWords[i].startsWith(word) : !longWords[i].equals(word))) {
                return false;
            }
        }
        return true;
    }

    /** First letters of a name's words, skipping short linking words: "Nova Scotia" gives "ns". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : words(name).split(" ")) {
            if (word.length() > 3 || !Set.of("and", "de", "do", "da", "del", "of", "the").contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}

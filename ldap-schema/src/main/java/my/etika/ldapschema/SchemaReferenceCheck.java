package my.etika.ldapschema;

import com.unboundid.ldap.sdk.schema.AttributeTypeDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassDefinition;
import com.unboundid.ldap.sdk.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every syntax, matching rule, superior class and attribute type an extension names exists in the
 * schema it is merged into: a parsable but misspelt reference would otherwise only surface when an entry is
 * validated.
 */
final class SchemaReferenceCheck {

    private SchemaReferenceCheck() {
    }

    static void requireResolvable(Schema extension, Schema merged) {
        List<String> problems = new ArrayList<>();
        for (AttributeTypeDefinition type : extension.getAttributeTypes()) {
            String name = type.getNameOrOID();
            String syntax = type.getBaseSyntaxOID();
            if (syntax != null && merged.getAttributeSyntax(syntax) == null) {
                problems.add(name + ": unknown syntax " + syntax);
            }
            requireMatchingRule(merged, name, type.getEqualityMatchingRule(), problems);
            requireMatchingRule(merged, name, type.getSubstringMatchingRule(), problems);
            requireMatchingRule(merged, name, type.getOrderingMatchingRule(), problems);
            String superior = type.getSuperiorType();
            if (superior != null && merged.getAttributeType(superior) == null) {
                problems.add(name + ": unknown superior type " + superior);
            }
        }
        for (ObjectClassDefinition objectClass : extension.getObjectClasses()) {
            String name = objectClass.getNameOrOID();
            for (String superior : objectClass.getSuperiorClasses()) {
                if (merged.getObjectClass(superior) == null) {
                    problems.add(name + ": unknown superior class " + superior);
                }
            }
            requireAttributeTypes(merged, name, objectClass.getRequiredAttributes(), problems);
            requireAttributeTypes(merged, name, objectClass.getOptionalAttributes(), problems);
        }
        if (!problems.isEmpty()) {
            throw new SchemaLoadException("Unresolvable schema reference(s): " + String.join("; ", problems));
        }
    }

    private static void requireMatchingRule(Schema merged, String owner, String rule, List<String> problems) {
        if (rule != null && merged.getMatchingRule(rule) == null) {
            problems.add(owner + ": unknown matching rule " + rule);
        }
    }

    private static void requireAttributeTypes(Schema merged, String owner, String[] types, List<String> problems) {
        for (String type : types) {
            if (merged.getAttributeType(type) == null) {
                problems.add(owner + ": unknown attribute type " + type);
            }
        }
    }
}

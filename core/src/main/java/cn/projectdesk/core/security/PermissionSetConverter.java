package cn.projectdesk.core.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a permission set as a sorted comma-separated list, readable in the change log. */
@Converter
public class PermissionSetConverter implements AttributeConverter<Set<Permission>, String> {
    @Override
    public String convertToDatabaseColumn(Set<Permission> permissions) {
        return permissions == null ? "" : permissions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Permission> convertToEntityAttribute(String text) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(Permission::valueOf).forEach(set::add);
        }
        return set;
    }
}

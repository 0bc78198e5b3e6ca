package cn.projectdesk.core.project;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Converter
public class FundingSourceSetConverter implements AttributeConverter<Set<FundingSource>, String> {
    @Override
    public String convertToDatabaseColumn(Set<FundingSource> sources) {
        return sources == null ? "" : sources.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FundingSource> convertToEntityAttribute(String text) {
        EnumSet<FundingSource> set = EnumSet.noneOf(FundingSource.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(FundingSource::valueOf).forEach(set::add);
        }
        return set;
    }
}

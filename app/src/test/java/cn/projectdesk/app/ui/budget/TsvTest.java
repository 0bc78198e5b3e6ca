package cn.projectdesk.app.ui.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void excelRangesWithQuotesLineBreaksAndTheTrailingNewline() {
        assertThat(Tsv.parse("a\tb\r\n1,234.00\t\r\n")).containsExactly(List.of("a", "b"), List.of("1,234.00", ""));
        assertThat(Tsv.parse("\"two\nlines\"\t\"say \"\"hi\"\"\"\n")).containsExactly(List.of("two\nlines", "say \"hi\""));
        assertThat(Tsv.parse("single")).containsExactly(List.of("single"));
        assertThat(Tsv.parse("")).isEmpty();
    }

    @Test
    void formatThenParseGivesTheCellsBack() {
        List<List<String>> cells = List.of(List.of("财政拨款", "30201", "办公\t费"), List.of("", "\"q\"", "x\ny"));
        assertThat(Tsv.parse(Tsv.format(cells))).isEqualTo(cells);
        assertThat(Tsv.format(List.of(List.of("1", "2")))).isEqualTo("1\t2\n");
    }
}

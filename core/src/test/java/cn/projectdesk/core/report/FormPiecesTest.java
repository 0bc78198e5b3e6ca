package cn.projectdesk.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The form's parts that need no database: amounts in 大写, codes, and pagination that never splits a row. */
class FormPiecesTest {

    @Test
    void amountsInChineseCapitals() {
        assertThat(ChineseAmount.uppercase(new BigDecimal("1200000"))).isEqualTo("人民币壹佰贰拾万元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("2860000.00"))).isEqualTo("人民币贰佰捌拾陆万元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("100005"))).isEqualTo("人民币壹拾万零伍元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("10010000"))).isEqualTo("人民币壹仟零壹万元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("156000000"))).isEqualTo("人民币壹亿伍仟陆佰万元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("100000000"))).isEqualTo("人民币壹亿元整");
        assertThat(ChineseAmount.uppercase(new BigDecimal("1234.56"))).isEqualTo("人民币壹仟贰佰叁拾肆元伍角陆分");
        assertThat(ChineseAmount.uppercase(new BigDecimal("1000.06"))).isEqualTo("人民币壹仟元零陆分");
        assertThat(ChineseAmount.uppercase(new BigDecimal("0.50"))).isEqualTo("人民币伍角整");
        assertThat(ChineseAmount.uppercase(BigDecimal.ZERO)).isEqualTo("人民币零元整");
    }

    @Test
    void codesAreStableShortAndForgivingWhenTypedBack() {
        UUID id = UUID.fromString("0193a0f0-0000-7000-8000-000000000001");
        String code = VerificationCode.derive(id, "d".repeat(64), 42, "e".repeat(64));
        assertThat(code).hasSize(10).isEqualTo(VerificationCode.derive(id, "d".repeat(64), 42, "e".repeat(64)));
        assertThat(VerificationCode.derive(id, "d".repeat(64), 43, "e".repeat(64))).isNotEqualTo(code);
        assertThat(VerificationCode.derive(id, "c".repeat(64), 42, "e".repeat(64))).isNotEqualTo(code);
        assertThat(code).doesNotContain("I", "L", "O", "U");
        String typed = VerificationCode.display(code).toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(VerificationCode.normalize(" " + typed + " ")).isEqualTo(code);
        assertThatThrownBy(() -> VerificationCode.normalize("ABCDE-FGHJ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> VerificationCode.normalize("ABCDE-FGHJU")).isInstanceOf(ValidationException.class);
    }

    @Test
    void noRowIsCutByAPageBreakAndOnlyRowsTallerThanAPageAreDivided() {
        TextMeasure fixed = (text, size) -> text.codePointCount(0, text.length()) * size;
        float top = 700;
        float bottom = 60;
        FormLayout layout = new FormLayout(fixed, top, bottom);
        List<FormRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(FormRow.opinion("环节" + i, "意见".repeat(5 + i * 7 % 40), "【同意】 签名：某某", null));
        }
        String huge = "很长的申请内容。".repeat(600);
        rows.add(FormRow.of(FormCell.label("申请内容"), FormCell.value(huge, 3)));
        List<List<PlacedRow>> pages = layout.paginate(rows);
        assertThat(pages.size()).isGreaterThan(3);
        int divided = 0;
        for (List<PlacedRow> page : pages) {
            assertThat(page).isNotEmpty();
            float y = top;
            for (PlacedRow row : page) {
                assertThat(row.top()).isEqualTo(y);
                assertThat(row.top() - row.height()).as("row inside the page body").isGreaterThanOrEqualTo(bottom);
                y -= row.height();
                if (row.row().cells().get(1).text().equals(huge)) {
                    divided++;
                }
            }
        }
        assertThat(divided).as("only the row taller than a page is divided").isGreaterThan(1);
        long opinionParts = pages.stream().flatMap(List::stream).filter(p -> p.row().signLine() != null).count();
        assertThat(opinionParts).as("every opinion row placed exactly once").isEqualTo(40);
        List<String> joined = pages.stream().flatMap(List::stream).filter(p -> p.row().cells().get(1).text().equals(huge))
                .flatMap(p -> p.lines().get(1).stream()).toList();
        assertThat(String.join("", joined)).isEqualTo(huge);
    }

    @Test
    void wrappingKeepsLatinWordsWholeAndHonoursLineBreaks() {
        FormLayout layout = new FormLayout((text, size) -> text.length() * 5f, 700, 60);
        assertThat(layout.wrap("alpha beta gamma", 52)).containsExactly("alpha beta", "gamma");
        assertThat(layout.wrap("第一行\n第二行", 500)).containsExactly("第一行", "第二行");
    }
}

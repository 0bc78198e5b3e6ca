package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.interop.ledger.ColumnMapping;
import cn.projectdesk.core.interop.ledger.LedgerColumn;
import cn.projectdesk.core.interop.ledger.LedgerFileException;
import cn.projectdesk.core.interop.ledger.LedgerImportResult;
import cn.projectdesk.core.interop.ledger.LedgerMapping;
import cn.projectdesk.core.interop.ledger.LedgerRow;
import cn.projectdesk.core.interop.ledger.LedgerSheet;
import cn.projectdesk.core.interop.ledger.RowIssue;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Imports an Excel budget ledger (台账) into a project in steps: choose the file → the proposed column
 * mapping (editable; the last confirmed one is remembered in the data folder) → preview of the lines →
 * row report of every bad row → import all, or all but the bad rows. Reading and importing run on the
 * worker thread while a progress bar runs; nothing is written until the user imports, and then all
 * (remaining) lines or none.
 */
public final class LedgerImportDialog {
    static final String NONE = "—";
    private final AppContext context;
    private final UserSession user;
    private final ProjectSummary project;
    private final Messages messages;
    private final Runnable onImported;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField file = new TextField();
    /** The workbook's sheets; the first visible one is read unless the user picks another (e.g. not 说明). */
    private final ComboBox<LedgerSheet> sheet = new ComboBox<>();
    /** True while the dialog itself sets the chooser, so that only a user's pick reads the file again. */
    private boolean settingSheet;
    private final Map<LedgerColumn, ComboBox<String>> columns = new EnumMap<>(LedgerColumn.class);
    private final TextField headerRow = new TextField();
    private final ComboBox<String> unit = new ComboBox<>();
    private final TableView<LedgerRow> preview = new TableView<>();
    private final TableView<RowIssue> issues = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final Button importAll = new Button();
    private final Button importGood = new Button();
    private LedgerImportResult last;
    private LedgerMapping used;
    /** Rows the user chose to leave out so far (bad rows of each report), until the file is read again. */
    private final Set<Integer> leftOut = new TreeSet<>();

    public LedgerImportDialog(AppContext context, UserSession user, ProjectSummary project, Window owner, Runnable onImported) {
        this.context = context;
        this.user = user;
        this.project = project;
        this.messages = context.messages();
        this.onImported = onImported;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.format("ledgerImport.title", project.code() + " " + project.name()));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ledgerImport.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("ledger-import");
        dialog.getDialogPane().setPrefSize(1100, 720);
        dialog.getDialogPane().setContent(content());
        Styles.install(dialog.getDialogPane());
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    /** Where the confirmed mapping is remembered. */
    static Path rememberedMapping(AppContext context) {
        return context.dataFolder().resolve("ledger-mapping.json");
    }

    private VBox content() {
        file.setId("ledger-file");
        file.setEditable(false);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("ledgerImport.choose"));
        choose.setId("ledger-choose");
        choose.setOnAction(e -> chooseFile());
        sheet.setId("ledger-sheet");
        sheet.setPrefWidth(200);
        sheet.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LedgerSheet s) {
                return s == null ? "" : s.hidden() ? messages.format("ledgerImport.sheet.hidden", s.name()) : s.name();
            }

            @Override
            public LedgerSheet fromString(String text) {
                return sheet.getItems().stream().filter(s -> s.name().equals(text)).findFirst().orElse(null);
            }
        });
        sheet.valueProperty().addListener((o, old, now) -> {
            if (!settingSheet && now != null && old != null) {
                // another sheet has other columns: detect its header and mapping afresh
                read(new LedgerMapping(now.name(), null, null, Map.of()));
            }
        });
        HBox step1 = new HBox(8, step("1"), new Label(messages.get("ledgerImport.step.file")), file, choose,
                new Label(messages.get("ledgerImport.sheet")), sheet);
        step1.setAlignment(Pos.CENTER_LEFT);

        FlowPane mapping = new FlowPane(12, 6);
        mapping.setId("ledger-mapping");
        for (LedgerColumn c : LedgerColumn.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("ledger-map-" + c.name());
            box.setPrefWidth(70);
            columns.put(c, box);
            HBox pair = new HBox(4, new Label(messages.get("ledgerImport.field." + c.name())), box);
            pair.setAlignment(Pos.CENTER_LEFT);
            mapping.getChildren().add(pair);
        }
        headerRow.setId("ledger-header-row");
        headerRow.setPrefColumnCount(3);
        unit.setId("ledger-unit");
        unit.getItems().setAll(messages.get("ledgerImport.unit.detect"), "元", "万元");
        unit.getSelectionModel().select(0);
        Button reread = new Button(messages.get("ledgerImport.reread"));
        reread.setId("ledger-reread");
        reread.setOnAction(e -> read(edited()));
        Button detect = new Button(messages.get("ledgerImport.detect"));
        detect.setId("ledger-detect");
        detect.setOnAction(e -> read(LedgerMapping.DETECT));
        HBox mappingBar = new HBox(8, new Label(messages.get("ledgerImport.headerRow")), headerRow,
                new Label(messages.get("ledgerImport.unit")), unit, reread, detect);
        mappingBar.setAlignment(Pos.CENTER_LEFT);
        VBox step2 = new VBox(6, new HBox(8, step("2"), new Label(messages.get("ledgerImport.step.mapping"))), mapping, mappingBar);

        buildPreview();
        buildIssues();
        Tab previewTab = new Tab(messages.get("ledgerImport.step.preview"), preview);
        Tab issuesTab = new Tab(messages.get("ledgerImport.step.report"), issues);
        previewTab.setId("ledger-tab-preview");
        issuesTab.setId("ledger-tab-issues");
        tabs.getTabs().setAll(previewTab, issuesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        summary.setId("ledger-summary");
        summary.setWrapText(true);

        importAll.setText(messages.get("ledgerImport.importAll"));
        importAll.setId("ledger-import-all");
        importAll.setOnAction(e -> runImport(Set.copyOf(leftOut)));
        importGood.setText(messages.get("ledgerImport.importGood"));
        importGood.setId("ledger-import-good");
        importGood.setOnAction(e -> {
            leftOut.addAll(badRows());
            runImport(Set.copyOf(leftOut));
        });
        importAll.setDisable(true);
        importGood.setDisable(true);
        progress.setId("ledger-progress");
        progress.visibleProperty().bind(running);
        progress.setPrefWidth(220);
        message.setId("ledger-message");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        HBox step5 = new HBox(8, step("5"), importAll, importGood, progress);
        step5.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, step1, step2, new HBox(8, step("3·4"), summary), tabs, step5, message);
        box.setPadding(new Insets(4));
        return box;
    }

    private Label step(String n) {
        Label l = new Label(n);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ledgerImport.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene() == null ? null
                : dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Step 1 done: reads the file with the remembered mapping if there is one, else detects it. */
    public void open(Path chosen) {
        file.setText(chosen.toString());
        leftOut.clear();
        LedgerMapping remembered = LedgerMapping.DETECT;
        Path saved = rememberedMapping(context);
        if (Files.exists(saved)) {
            try {
                remembered = LedgerMapping.read(saved);
            } catch (LedgerFileException e) {
                remembered = LedgerMapping.DETECT; // an unreadable remembered mapping is simply not used
            }
        }
        LedgerMapping first = remembered;
        setSheets(List.of());
        work(() -> opened(chosen, first), opened -> {
            setSheets(opened.sheets());
            if (opened.result() == null) {
                // e.g. the first sheet is no ledger: the chooser is filled, so the user can pick the right one
                failed(opened.failure());
                return;
            }
            if (opened.mapping() != LedgerMapping.DETECT) {
                message.setText(messages.get("ledgerImport.remembered"));
            }
            show(opened.result(), opened.mapping());
        }, this::failed);
    }

    /** Worker thread: the sheets, then the preview with the remembered mapping, or detected if that does not fit. */
    private Opened opened(Path chosen, LedgerMapping remembered) {
        List<LedgerSheet> sheets = context.core().ledger().sheets(user, chosen);
        LedgerMapping mapping = remembered;
        try {
            try {
                return new Opened(sheets, context.core().ledger().preview(user, project.code(), chosen, mapping), mapping, null);
            } catch (LedgerFileException e) {
                if (mapping == LedgerMapping.DETECT) {
                    throw e;
                }
                mapping = LedgerMapping.DETECT; // the remembered mapping does not fit this file
                return new Opened(sheets, context.core().ledger().preview(user, project.code(), chosen, mapping), mapping, null);
            }
        } catch (LedgerFileException e) {
            return new Opened(sheets, null, mapping, e);
        }
    }

    /** What opening a file reads: its sheets and the preview of the default (or remembered) one. */
    private record Opened(List<LedgerSheet> sheets, LedgerImportResult result, LedgerMapping mapping, Throwable failure) {
    }

    private void setSheets(List<LedgerSheet> sheets) {
        settingSheet = true;
        try {
            sheet.getItems().setAll(sheets);
            sheet.setValue(sheets.stream().filter(LedgerSheet::isDefault).findFirst().orElse(null));
        } finally {
            settingSheet = false;
        }
    }

    /** Shows the sheet that was read (the default, a remembered one, or the user's pick) as chosen. */
    private void showSheet(String name) {
        settingSheet = true;
        try {
            sheet.getItems().stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(sheet::setValue);
        } finally {
            settingSheet = false;
        }
    }

    /** Picks a sheet as the user would (tests). */
    void chooseSheet(String name) {
        sheet.getItems().stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(sheet::setValue);
    }

    ComboBox<LedgerSheet> sheetChooser() {
        return sheet;
    }

    /** Reads (previews) the file again with a mapping; writes nothing. */
    void read(LedgerMapping mapping) {
        if (file.getText().isBlank()) {
            return;
        }
        Path path = Path.of(file.getText());
        message.setText("");
        leftOut.clear();
        work(() -> context.core().ledger().preview(user, project.code(), path, mapping), r -> show(r, mapping), failure -> {
            // nothing readable with this mapping (e.g. the 说明 sheet): nothing may be imported from before either
            last = null;
            preview.getItems().clear();
            issues.getItems().clear();
            summary.setText("");
            importAll.setDisable(true);
            importGood.setDisable(true);
            failed(failure);
        });
    }

    /** The mapping as the user edited it: every chosen column, the header row and the unit. */
    LedgerMapping edited() {
        Map<String, String> cols = new LinkedHashMap<>();
        columns.forEach((field, box) -> {
            String v = box.getValue();
            if (v != null && !v.equals(NONE) && !v.isBlank()) {
                cols.put(field.name(), v);
            }
        });
        Integer header = null;
        try {
            header = headerRow.getText().isBlank() ? null : Integer.valueOf(headerRow.getText().strip());
        } catch (NumberFormatException e) {
            message.setText(messages.get("ledgerImport.badHeaderRow"));
        }
        String u = unit.getSelectionModel().getSelectedIndex() <= 0 ? null : unit.getValue();
        return new LedgerMapping(sheet.getValue() != null ? sheet.getValue().name() : last == null ? null : last.preview().sheet(),
                header, u, cols);
    }

    private void show(LedgerImportResult result, LedgerMapping mapping) {
        last = result;
        used = mapping;
        var p = result.preview();
        showSheet(p.sheet());
        TreeSet<String> letters = new TreeSet<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        p.mapping().forEach(m -> letters.add(m.column()));
        int max = letters.isEmpty() ? 12 : Math.max(12, letterIndex(letters.last()) + 3);
        List<String> offered = new java.util.ArrayList<>();
        offered.add(NONE);
        for (int i = 0; i < max; i++) {
            offered.add(org.apache.poi.ss.util.CellReference.convertNumToColString(i));
        }
        Map<String, ColumnMapping> byField = p.mapping().stream().collect(Collectors.toMap(ColumnMapping::field, m -> m, (a, b) -> a));
        columns.forEach((field, box) -> {
            box.getItems().setAll(offered);
            ColumnMapping m = byField.get(field.name());
            box.setValue(m == null ? NONE : m.column());
        });
        headerRow.setText(String.valueOf(p.headerLastRow()));
        preview.getItems().setAll(p.rows().size() > 500 ? p.rows().subList(0, 500) : p.rows());
        issues.getItems().setAll(result.issues());
        summary.setText(messages.format("ledgerImport.summary", p.sheet(), p.headerFirstRow(), p.headerLastRow(), p.unit(),
                p.rows().size(), p.skippedTotals(), p.skippedBlank(), p.skippedOther(), result.issues().size(), badRows().size()));
        tabs.getSelectionModel().select(result.issues().isEmpty() ? 0 : 1);
        importAll.setDisable(!result.ok() || p.rows().isEmpty());
        importGood.setDisable(result.ok() || p.rows().stream().noneMatch(r -> !badRows().contains(r.row()) && !leftOut.contains(r.row())));
    }

    private Set<Integer> badRows() {
        return last == null ? Set.of() : last.issues().stream().map(RowIssue::row).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Step 5: imports all lines, or all but {@code excluded}; remembers the mapping once it worked. */
    void runImport(Set<Integer> excluded) {
        Path path = Path.of(file.getText());
        LedgerMapping mapping = used == null ? LedgerMapping.DETECT : used;
        work(() -> context.core().ledger().importLedger(user, project.code(), path, mapping, excluded), result -> {
            if (result.ok()) {
                remember(result);
                message.setText(messages.format("ledgerImport.done", result.written(), excluded.size()));
                importAll.setDisable(true);
                importGood.setDisable(true);
                onImported.run();
            } else {
                // the rest had problems of its own (e.g. a duplicate of an excluded row): show them, nothing written
                show(result, mapping);
                message.setText(messages.format("ledgerImport.refused", result.issues().size()));
            }
        }, this::failed);
    }

    private void remember(LedgerImportResult result) {
        try {
            LedgerMapping.of(result.preview()).write(rememberedMapping(context));
        } catch (IOException e) {
            message.setText(messages.format("ledgerImport.notRemembered", e.getMessage()));
        }
    }

    private <T> void work(Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        context.runner().run(job, r -> {
            running.set(false);
            done.accept(r);
        }, f -> {
            running.set(false);
            failed.accept(f);
        });
    }

    private void failed(Throwable failure) {
        if (failure instanceof LedgerFileException e) {
            message.setText(messages.error(e.messageKey()) + " " + (sheet.getValue() == null ? file.getText()
                    : messages.format("ledgerImport.inSheet", sheet.getValue().name(), file.getText())));
        } else {
            message.setText(new ErrorMessages(messages).describe(failure));
        }
    }

    private static int letterIndex(String letters) {
        return org.apache.poi.ss.util.CellReference.convertColStringToIndex(letters);
    }

    private void buildPreview() {
        preview.setId("ledger-preview");
        preview.setPlaceholder(new Label(messages.get("ledgerImport.noFile")));
        preview.getColumns().add(col("ledgerImport.column.row", r -> String.valueOf(r.row()), 60, true));
        preview.getColumns().add(col("budget.column.source", r -> r.draft().fundingSource(), 110, false));
        preview.getColumns().add(col("budget.column.code", r -> r.draft().economicCode(), 80, false));
        preview.getColumns().add(col("budget.column.year", r -> String.valueOf(r.draft().year()), 60, true));
        preview.getColumns().add(col("budget.column.item", r -> r.draft().item(), 220, false));
        preview.getColumns().add(col("budget.column.approved", r -> money(r.draft().approvedAmount()), 130, true));
        preview.getColumns().add(col("budget.column.adjusted", r -> money(r.adjustedAmount()), 130, true));
        preview.getColumns().add(col("budget.column.paid", r -> money(r.draft().paidBefore()), 130, true));
        preview.getColumns().add(col("budget.column.notes", r -> r.draft().notes(), 160, false));
    }

    private void buildIssues() {
        issues.setId("ledger-issues");
        issues.setPlaceholder(new Label(messages.get("ledgerImport.noIssues")));
        issues.getColumns().add(col("ledgerImport.column.row", i -> String.valueOf(i.row()), 60, true));
        issues.getColumns().add(col("ledgerImport.column.column", RowIssue::column, 60, false));
        issues.getColumns().add(col("ledgerImport.column.header", RowIssue::header, 160, false));
        issues.getColumns().add(col("ledgerImport.column.reason", i -> messages.error(i.messageKey()), 420, false));
        issues.getColumns().add(col("ledgerImport.column.value", RowIssue::value, 200, false));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Formats.money(amount);
    }

    private <S> TableColumn<S, String> col(String key, Function<S, String> value, double width, boolean right) {
        TableColumn<S, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (right) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    TableView<LedgerRow> previewTable() {
        return preview;
    }

    TableView<RowIssue> issuesTable() {
        return issues;
    }

    Map<LedgerColumn, ComboBox<String>> mappingBoxes() {
        return columns;
    }
}

package cn.projectdesk.app.ui.audit;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.audit.AuditFilter;
import cn.projectdesk.core.audit.AuditVerification;
import cn.projectdesk.core.report.FormVerification;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit screen's filter, its entries, and the checks (the chain, a paper form's code); the only caller of core. */
public final class AuditViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty project = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObservableList<AuditRecord> entries = FXCollections.observableArrayList();

    public AuditViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    AuditFilter filter() {
        return new AuditFilter(from.get(), until.get(), actor.get(), project.get(), action.get());
    }

    public void search(Consumer<Throwable> onFailure) {
        AuditFilter filter = filter();
        context.runner().run(() -> context.core().audit().entries(user, filter), entries::setAll, onFailure);
    }

    public void verifyChain(Consumer<AuditVerification> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().audit().verify(user), onDone, onFailure);
    }

    public void verifyForm(String code, Consumer<FormVerification> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().forms().verify(user, code), onDone, onFailure);
    }

    public void export(Path file, Consumer<Integer> onDone, Consumer<Throwable> onFailure) {
        AuditFilter filter = filter();
        java.util.Locale locale = context.messages().locale();
        context.runner().run(() -> context.core().audit().export(user, filter, file, locale), onDone, onFailure);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty projectProperty() {
        return project;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObservableList<AuditRecord> entries() {
        return entries;
    }
}

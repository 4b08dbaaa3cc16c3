package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.PersonView;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The hardship register (困难职工档案) within the caller's subtree: the files with category, status and the
 * yearly review's due day, those due now on a tick, and a file's household (IDs masked). A clerk files a household
 * ({@link HouseholdForm}) and acts on the chosen file ({@link FileActions}) as REST lets every role of this view.
 */
@Dependent
@Route(value = "hardship-register", layout = MainLayout.class)
@Menu(title = "relief.nav.register", order = 7)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class HardshipRegisterView extends VerticalLayout {

    final Grid<FileView> files = new Grid<>();
    final Checkbox dueOnly = new Checkbox();
    final Grid<PersonView> household = new Grid<>();
    final Button newFile = new Button();
    final Button lines = new Button();
    final FileActions actions;
    final FileHistory history;

    private final HardshipRegister register;
    private final ReliefTexts texts = new ReliefTexts(this);
    private final PortalTime time = PortalTime.ofServer();

    @Inject
    public HardshipRegisterView(HardshipRegister register, TenantContext context) {
        this.register = register;
        setWidthFull();
        dueOnly.setId("hardship-due");
        dueOnly.setLabel(texts.t("register.dueOnly"));
        dueOnly.addValueChangeListener(e -> refresh());
        files.setId("hardship-files");
        files.addColumn(FileView::id).setHeader(texts.t("register.col.id")).setAutoWidth(true);
        files.addColumn(FileView::memberName).setHeader(texts.t("register.col.member"));
        files.addColumn(f -> texts.code("category", f.category())).setHeader(texts.t("register.col.category"));
        files.addColumn(f -> texts.code("hardshipStatus", f.status())).setHeader(texts.t("register.col.status"));
        files.addColumn(FileView::householdSize).setHeader(texts.t("register.col.size"));
        files.addColumn(f -> ReliefTexts.yuan(f.incomePerHeadMonthFen())).setHeader(texts.t("register.col.perHead"));
        files.addColumn(f -> time.date(f.reviewDue())).setHeader(texts.t("register.col.reviewDue"));
        files.addItemClickListener(e -> show(register.find(e.getItem().id()).orElse(null)));
        household.setId("hardship-household");
        household.addColumn(PersonView::name).setHeader(texts.t("register.col.name"));
        household.addColumn(p -> texts.code("relation", p.relation())).setHeader(texts.t("register.col.relation"));
        household.addColumn(PersonView::idNumberMasked).setHeader(texts.t("register.col.idNumber"));
        household.addColumn(p -> texts.code("health", p.health())).setHeader(texts.t("register.col.health"));
        household.addColumn(p -> texts.code("occupation", p.occupation())).setHeader(texts.t("register.col.occupation"));
        household.setAllRowsVisible(true);
        newFile.setId("hardship-new");
        newFile.setText(texts.t("household.new"));
        newFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newFile.addClickListener(e -> {
            HouseholdForm form = new HouseholdForm(register, texts);
            form.addFiledListener(filed -> changed(filed.file()));
            form.open();
        });
        actions = new FileActions(register, texts);
        actions.addChangedListener(change -> changed(change.file()));
        history = new FileHistory(register, texts);
        lines.setId("hardship-lines");
        lines.setText(texts.t("lines.open"));
        lines.addClickListener(e -> new HardshipLinesDialog(register, texts).open());
        lines.setVisible(context.requireCaller().has(Role.OFFICE_ADMIN)); // REST refuses the clerks too
        HorizontalLayout bar = new HorizontalLayout(newFile, lines, dueOnly);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(texts.t("register.title")), bar, files, actions, new H3(texts.t("register.household")), household,
                history);
        refresh();
    }

    private void changed(FileView file) {
        refresh();
        show(file);
    }

    private void show(FileView file) {
        actions.show(file);
        household.setItems(file == null ? List.of() : file.household());
        history.show(file);
    }

    private void refresh() {
        files.setItems(dueOnly.getValue() ? register.reviewsDue(LocalDate.now(PortalTime.TENANT_ZONE), 500)
                : register.list(null, 0, 500));
    }
}

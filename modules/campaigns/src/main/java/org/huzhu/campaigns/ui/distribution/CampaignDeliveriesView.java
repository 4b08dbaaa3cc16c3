package org.huzhu.campaigns.ui.distribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.campaigns.api.distribution.CampaignDeliveries;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.Confirmation;
import org.huzhu.campaigns.api.distribution.DeliveryImport;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.campaigns.api.distribution.EligibleMember;
import org.huzhu.campaigns.api.distribution.HandOut;
import org.huzhu.campaigns.api.distribution.JobFlagImports;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.UploadTexts;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Hand-outs (发放确认) for clerks and the office admin: pick a campaign, see the members its rules select in one's
 * own part of the org tree, confirm each as received (with the courier's tracking number), add a person the rules
 * missed with a reason, or confirm a whole Excel list: all rows or none, every bad row shown. Below, members' job
 * flags (what campaigns select by) from an Excel list, likewise all rows or none.
 */
@Dependent
@Route(value = "campaign-deliveries", layout = MainLayout.class)
@Menu(title = "campaigns.nav.deliveries", order = 7.1)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class CampaignDeliveriesView extends VerticalLayout {

    static final String P = "campaigns.distribution.deliveries.";
    static final int PAGE = 100;

    final Select<CampaignSummary> campaign = new Select<>();
    final TextField tracking = new TextField();
    final Grid<EligibleMember> eligible = new Grid<>();
    final Button more = new Button();
    final TextField memberId = new TextField();
    final TextField reason = new TextField();
    final Button add = new Button();
    final Upload upload = new Upload();
    final Anchor template = new Anchor();
    final Grid<RowProblem> problems = new Grid<>();
    final Grid<HandOut> handOuts = new Grid<>();

    private final CampaignDeliveries deliveries;
    private final PortalTime time = PortalTime.ofServer();
    private final List<EligibleMember> shown = new ArrayList<>();

    @Inject
    public CampaignDeliveriesView(DistributionCampaigns campaigns, CampaignDeliveries deliveries,
                                  JobFlagImports jobFlags) {
        this.deliveries = deliveries;
        setWidthFull();
        campaign.setId("delivery-campaign");
        campaign.setLabel(t("campaign"));
        campaign.setItems(campaigns.list(null));
        campaign.setItemLabelGenerator(c -> c.id() + " " + c.settings().name() + " (" + c.settings().periodStart() + ")");
        campaign.addValueChangeListener(e -> reload());
        tracking.setId("delivery-tracking");
        tracking.setLabel(t("tracking"));
        configureGrids();
        more.setId("delivery-more");
        more.setText(t("more"));
        more.addClickListener(e -> loadMore());
        memberId.setId("delivery-member-id");
        memberId.setLabel(t("memberId"));
        reason.setId("delivery-reason");
        reason.setLabel(t("reason"));
        add.setId("delivery-add");
        add.setText(t("add"));
        add.addClickListener(e -> act(() -> {
            long id = Long.parseLong(memberId.getValue().strip());
            confirmed(deliveries.confirm(requireCampaign().id(), new Confirmation(id, tracking.getValue(), reason.getValue())));
            reason.clear();
            memberId.clear();
        }));
        configureUpload();
        ListSheets.templateLink(template, "delivery-template", t("template"), "delivery-list.xlsx", deliveries::template);
        HorizontalLayout byHand = new HorizontalLayout(memberId, reason, add);
        byHand.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(t("title")), new HorizontalLayout(campaign, tracking), eligible, more,
                new H3(t("addTitle")), byHand, new H3(t("upload")), template, upload, problems,
                new H3(t("handOuts")), handOuts, new JobFlagListUpload(jobFlags));
    }

    private void configureGrids() {
        eligible.setId("delivery-eligible-grid");
        eligible.addColumn(EligibleMember::memberId).setHeader(t("memberId"));
        eligible.addColumn(EligibleMember::name).setHeader(t("member"));
        eligible.addColumn(EligibleMember::idNumberMasked).setHeader(t("idNumber"));
        eligible.addColumn(EligibleMember::age).setHeader(t("age"));
        eligible.addColumn(m -> m.served() ? t("done") : t("open")).setHeader(t("status"));
        eligible.addComponentColumn(m -> {
            Button confirm = new Button(t("confirm"));
            confirm.setId("delivery-confirm-" + m.memberId());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            confirm.setEnabled(!m.served());
            confirm.addClickListener(e -> act(() -> confirmed(deliveries.confirm(requireCampaign().id(),
                    new Confirmation(m.memberId(), tracking.getValue(), null)))));
            return confirm;
        });
        eligible.getColumns().forEach(c -> c.setAutoWidth(true));
        eligible.setHeight("24em");
        ListSheets.problemGrid(problems, "delivery-problem-grid", this::getTranslation);
        handOuts.setId("delivery-handout-grid");
        handOuts.addColumn(HandOut::memberName).setHeader(t("member"));
        handOuts.addColumn(HandOut::item).setHeader(getTranslation("campaigns.distribution.item"));
        handOuts.addColumn(h -> h.trackingNo() == null ? "" : h.trackingNo()).setHeader(t("tracking"));
        handOuts.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader(t("reason"));
        handOuts.addColumn(HandOut::confirmedBy).setHeader(t("confirmedBy"));
        handOuts.addColumn(h -> time.dateTime(h.confirmedAt(), getLocale())).setHeader(t("confirmedAt"));
        handOuts.addColumn(h -> getTranslation("campaigns.distribution.cash." + h.cashState())).setHeader(t("status"));
        handOuts.getColumns().forEach(c -> c.setAutoWidth(true));
        handOuts.setHeight("20em");
    }

    private void configureUpload() {
        upload.setId("delivery-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 << 20);
        UploadTexts.translate(upload, P + "upload", P + "drop");
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            CampaignSummary chosen = campaign.getValue();
            try {
                DeliveryImport result = deliveries.importList(requireCampaign(chosen).id(), bytes);
                ui.access(() -> {
                    upload.clearFileList();
                    imported(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    act(() -> {
                        throw e;
                    });
                });
            }
        }));
    }

    private void imported(DeliveryImport result) {
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        if (result.problems().isEmpty()) {
            Notification.show(t("imported", result.confirmed()));
            reload();
        } else {
            error(t("rejected", result.problems().size()));
        }
    }

    private void confirmed(HandOut handOut) {
        Notification.show(t("confirmed", handOut.memberName()));
        reload();
    }

    private void reload() {
        shown.clear();
        if (campaign.getValue() == null) {
            eligible.setItems(shown);
            return;
        }
        loadMore();
        handOuts.setItems(deliveries.handOuts(campaign.getValue().id(), 0, 500));
    }

    private void loadMore() {
        CampaignSummary c = campaign.getValue();
        if (c == null) {
            return;
        }
        long after = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).memberId();
        List<EligibleMember> page = deliveries.eligible(c.id(), after, PAGE);
        shown.addAll(page);
        more.setEnabled(page.size() == PAGE);
        eligible.setItems(new ArrayList<>(shown));
    }

    private CampaignSummary requireCampaign() {
        return requireCampaign(campaign.getValue());
    }

    private CampaignSummary requireCampaign(CampaignSummary chosen) {
        if (chosen == null) {
            throw new IllegalArgumentException(getTranslation("campaigns.distribution.pick"));
        }
        return chosen;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refused r) {
            error(getTranslation(r.key(), r.params()));
        } catch (NumberFormatException e) {
            error(getTranslation("campaigns.distribution.field.required", t("memberId")));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    private void error(String text) {
        Notification n = Notification.show(text, 6_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(P + key, params);
    }
}

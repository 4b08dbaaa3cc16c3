package org.huzhu.relief.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.relief.api.Health;
import org.huzhu.relief.api.HardshipRegister.PersonForm;
import org.huzhu.relief.api.Occupation;
import org.huzhu.relief.api.Relation;

/**
 * The household's other people as the clerk enters them, one row at a time: relation, name, national ID, health,
 * income and work or school. Nothing is checked here: the ID's check digit, a person twice and a person already on
 * another file are the application's refusals, shown when the household is filed.
 */
class HouseholdPeople extends Composite<VerticalLayout> {

    final ComboBox<Relation> relation = new ComboBox<>();
    final TextField name = new TextField();
    final TextField idNumber = new TextField();
    final ComboBox<Health> health = new ComboBox<>();
    final BigDecimalField income = new BigDecimalField();
    final ComboBox<Occupation> occupation = new ComboBox<>();
    final Button add = new Button();
    final Grid<PersonForm> people = new Grid<>();

    private final List<PersonForm> entered = new ArrayList<>();

    HouseholdPeople(ReliefTexts texts) {
        relation.setId("person-relation");
        relation.setLabel(texts.t("register.col.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> texts.code("relation", r));
        name.setId("person-name");
        name.setLabel(texts.t("register.col.name"));
        idNumber.setId("person-id-number");
        idNumber.setLabel(texts.t("register.col.idNumber"));
        health.setId("person-health");
        health.setLabel(texts.t("register.col.health"));
        health.setItems(Health.values());
        health.setItemLabelGenerator(h -> texts.code("health", h));
        income.setId("person-income");
        income.setLabel(texts.t("household.personIncome"));
        occupation.setId("person-occupation");
        occupation.setLabel(texts.t("register.col.occupation"));
        occupation.setItems(Occupation.values());
        occupation.setItemLabelGenerator(o -> texts.code("occupation", o));
        add.setId("person-add");
        add.setText(texts.t("household.addPerson"));
        add.addClickListener(e -> texts.act(this::addPerson));
        HorizontalLayout row = new HorizontalLayout(relation, name, idNumber, health, income, occupation, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        people.setId("household-people");
        people.addColumn(p -> texts.code("relation", p.relation())).setHeader(texts.t("register.col.relation"));
        people.addColumn(PersonForm::name).setHeader(texts.t("register.col.name"));
        people.addColumn(p -> masked(p.idNumber())).setHeader(texts.t("register.col.idNumber"));
        people.addColumn(p -> texts.code("health", p.health())).setHeader(texts.t("register.col.health"));
        people.addColumn(p -> ReliefTexts.yuan(p.incomeFen())).setHeader(texts.t("household.personIncome"));
        people.addColumn(p -> texts.code("occupation", p.occupation())).setHeader(texts.t("register.col.occupation"));
        people.addComponentColumn(p -> new Button(texts.t("household.removePerson"), e -> remove(p)))
                .setAutoWidth(true);
        people.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(row, people);
    }

    private void addPerson() {
        // Money refuses a third decimal before the person is listed (shown by ReliefTexts.act)
        entered.add(new PersonForm(name.getValue(), relation.getValue(), idNumber.getValue().strip(),
                health.getValue(), ReliefTexts.fen(income), occupation.getValue()));
        people.setItems(entered);
        name.clear();
        idNumber.clear();
        income.clear();
        relation.clear();
    }

    private void remove(PersonForm person) {
        entered.remove(person);
        people.setItems(entered);
    }

    /** The ID as every other screen shows it; one that is not valid as typed, to be corrected. */
    private static String masked(String idNumber) {
        try {
            return NationalId.parse(idNumber).masked();
        } catch (InvalidNationalIdException notValid) {
            return idNumber;
        }
    }

    List<PersonForm> value() {
        return List.copyOf(entered);
    }

    void clear() {
        entered.clear();
        people.setItems(entered);
    }
}

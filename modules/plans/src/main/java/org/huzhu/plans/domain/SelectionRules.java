package org.huzhu.plans.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which plans may be taken together: one plan per choose-one group, and a rider only with its base plan. */
public final class SelectionRules {

    private SelectionRules() {
    }

    public static List<Text> problems(List<Plan> chosen) {
        List<Text> problems = new ArrayList<>();
        Set<String> codes = chosen.stream().map(Plan::code).collect(Collectors.toSet());
        Map<String, String> firstOfGroup = new HashMap<>();
        for (Plan plan : chosen) {
            if (plan.chooseOneGroup() != null) {
                String other = firstOfGroup.putIfAbsent(plan.chooseOneGroup(), plan.code());
                if (other != null) {
                    problems.add(Text.of(plan.name().zh() + "与" + other + "只能选择其一",
                            plan.code() + " and " + other + " are alternatives: choose one"));
                }
            }
            if (plan.riderOf() != null && !codes.contains(plan.riderOf())) {
                problems.add(Text.of(plan.name().zh() + "为附加计划，须同时参加" + plan.riderOf(),
                        plan.code() + " is a rider and needs " + plan.riderOf()));
            }
        }
        return problems;
    }
}

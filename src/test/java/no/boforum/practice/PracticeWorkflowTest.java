package no.boforum.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.practice.PracticeWorkflow.Rights;
import no.boforum.practice.PracticeWorkflow.Transition;
import org.junit.jupiter.api.Test;

/**
 * Every move from every state by every kind of caller, as a table: a change of a rule must change
 * this table on purpose. "-" is a move that does not exist from the state (a conflict), "A" an
 * allowed one, "F" a refused one.
 */
class PracticeWorkflowTest {
  static final Map<String, Rights> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("stranger", Rights.NONE);
    CALLERS.put("member", new Rights(true, false, false, false));
    CALLERS.put("editor", new Rights(true, true, false, false));
    CALLERS.put("editor of verified", new Rights(true, true, false, true));
    CALLERS.put("reviewer", new Rights(false, false, true, false));
  }

  /** Per state and move, the expected outcome for the callers in the order above. */
  static final Map<String, String> MOVES = new LinkedHashMap<>();

  static {
    //                                   strg memb edit ever revw
    MOVES.put("DRAFT SUBMIT", "F F A A A");
    MOVES.put("DRAFT PUBLISH", "F F F A A");
    MOVES.put("DRAFT TO_DRAFT", "- - - - -");
    MOVES.put("DRAFT ARCHIVE", "F F A A A");
    MOVES.put("SUBMITTED SUBMIT", "- - - - -");
    MOVES.put("SUBMITTED PUBLISH", "F F F A A");
    MOVES.put("SUBMITTED TO_DRAFT", "F F A A A");
    MOVES.put("SUBMITTED ARCHIVE", "F F A A A");
    MOVES.put("PUBLISHED SUBMIT", "- - - - -");
    MOVES.put("PUBLISHED PUBLISH", "- - - - -");
    MOVES.put("PUBLISHED TO_DRAFT", "F F A A A");
    MOVES.put("PUBLISHED ARCHIVE", "F F A A A");
    MOVES.put("ARCHIVED SUBMIT", "- - - - -");
    MOVES.put("ARCHIVED PUBLISH", "- - - - -");
    MOVES.put("ARCHIVED TO_DRAFT", "F F A A A");
    MOVES.put("ARCHIVED ARCHIVE", "- - - - -");
  }

  @Test
  void everyMoveFromEveryStateByEveryCaller() {
    assertEquals(
        PracticeState.values().length * Transition.values().length, MOVES.size(), "all covered");
    List<String> wrong = new ArrayList<>();
    MOVES.forEach(
        (key, row) -> {
          PracticeState state = PracticeState.valueOf(key.split(" ")[0]);
          Transition t = Transition.valueOf(key.split(" ")[1]);
          String[] expected = row.split(" ");
          int i = 0;
          for (var caller : CALLERS.entrySet()) {
            String got =
                !t.startsIn(state)
                    ? "-"
                    : PracticeWorkflow.mayMake(t, caller.getValue()) ? "A" : "F";
            if (!got.equals(expected[i++])) {
              wrong.add(
                  key + " by " + caller.getKey() + ": " + got + ", expected " + expected[i - 1]);
            }
            boolean listed = PracticeWorkflow.available(state, caller.getValue()).contains(t);
            if (listed != got.equals("A")) {
              wrong.add(key + " by " + caller.getKey() + ": offered " + listed);
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  /** Who may save changes, and who may see, in each state. */
  @Test
  void editingAndViewingByState() {
    Map<String, String> edit = new LinkedHashMap<>();
    //                  strg memb edit ever revw
    edit.put("DRAFT", "F F A A A");
    edit.put("SUBMITTED", "F F A A A");
    edit.put("PUBLISHED", "F F F A A");
    edit.put("ARCHIVED", "F F F F F");
    Map<String, String> view = new LinkedHashMap<>();
    view.put("DRAFT", "F A A A A");
    view.put("SUBMITTED", "F A A A A");
    view.put("PUBLISHED", "A A A A A");
    view.put("ARCHIVED", "F A A A A");
    List<String> wrong = new ArrayList<>();
    for (PracticeState state : PracticeState.values()) {
      String[] e = edit.get(state.name()).split(" ");
      String[] v = view.get(state.name()).split(" ");
      int i = 0;
      for (var caller : CALLERS.entrySet()) {
        String gotEdit = PracticeWorkflow.mayEdit(state, caller.getValue()) ? "A" : "F";
        String gotView = PracticeWorkflow.mayView(state, caller.getValue()) ? "A" : "F";
        if (!gotEdit.equals(e[i])) {
          wrong.add("edit " + state + " by " + caller.getKey() + ": " + gotEdit);
        }
        if (!gotView.equals(v[i])) {
          wrong.add("view " + state + " by " + caller.getKey() + ": " + gotView);
        }
        i++;
      }
    }
    assertEquals(List.of(), wrong);
  }
}

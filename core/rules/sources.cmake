list(APPEND TP_CORE_SOURCES
  rules/Evaluation.h rules/Evaluation.cpp
  rules/Evaluator.h rules/Evaluator.cpp
  rules/Robustness.h rules/Robustness.cpp
  rules/LotDraw.h rules/LotDraw.cpp
  rules/Qualification.h rules/Qualification.cpp
  rules/ScoreCalculator.h rules/ScoreCalculator.cpp
  rules/Standings.h rules/Standings.cpp
  rules/Trimmer.h rules/Trimmer.cpp
  rules/VoteResolver.h rules/VoteResolver.cpp
  rules/WorkingDayCalendar.h rules/WorkingDayCalendar.cpp)
# Rules the step widgets of the desktop application rely on.
list(APPEND TP_CORE_SOURCES
  rules/PanelistSheet.h rules/PanelistSheet.cpp
  rules/OutlierCheck.h rules/OutlierCheck.cpp
  rules/BallotBox.h rules/BallotBox.cpp
  rules/PresentationClock.h rules/PresentationClock.cpp
  rules/PanelRules.h rules/PanelRules.cpp)

list(APPEND TP_CORE_SOURCES
  rules/Evaluation.h rules/Evaluation.cpp
  rules/Evaluator.h rules/Evaluator.cpp
  rules/WorkingDayCalendar.h rules/WorkingDayCalendar.cpp
  rules/LotDraw.h rules/LotDraw.cpp)

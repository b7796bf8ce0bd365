list(APPEND TP_CORE_SOURCES
  model/Problem.h model/Problem.cpp model/Int128.h model/Limits.h
  model/Decimal.h model/Decimal.cpp
  model/DocumentDetails.h model/ProposalOpening.h
  model/Fraction.h model/Fraction.cpp
  model/Scenario.h model/Scenario.cpp
  model/ScoreList.h model/ScoreList.cpp
  model/Terms.h model/Terms.cpp)
list(APPEND TP_CORE_SOURCES model/Translations.h model/Translations.cpp)

list(APPEND TP_CORE_SOURCES
  io/ScenarioReader.h io/ScenarioReader.cpp
  io/ScenarioWriter.h io/ScenarioWriter.cpp
  io/EvaluationWriter.h io/EvaluationWriter.cpp)

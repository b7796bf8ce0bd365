list(APPEND TP_CORE_SOURCES
  io/ScenarioReader.h io/ScenarioReader.cpp
  io/ScenarioWriter.h io/ScenarioWriter.cpp
  io/EvaluationWriter.h io/EvaluationWriter.cpp
  io/EvaluationSummary.h io/EvaluationSummary.cpp
  io/RobustnessWriter.h io/RobustnessWriter.cpp
  io/TextTable.h io/TextTable.cpp
  io/FileWriter.h io/FileWriter.cpp)
list(APPEND TP_CORE_SOURCES
  io/JsonValue.h io/JsonValue.cpp
  io/JsonTreeBuilder.h io/JsonTreeBuilder.cpp
  io/JsonFastReader.h io/JsonFastReader.cpp
  io/LargePages.h
  io/ThreadHeap.h io/ThreadHeap.cpp
  io/Utf8.h
  io/JsonParser.h io/JsonParser.cpp
  io/DateTimeText.h io/DateTimeText.cpp
  io/ScenarioValidator.h io/ScenarioValidator.cpp)

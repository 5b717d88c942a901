@echo off
rem tracenotes launcher of a release: runs lib\tracenotes.jar beside this bin\ folder.
rem Java: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java on PATH (17 or later).
rem TRACENOTES_JAVA_OPTS is passed to Java (say -Xmx4g).
setlocal
set "TRACENOTES_JAR=%~dp0..\lib\tracenotes.jar"
if not exist "%TRACENOTES_JAR%" (
  echo tracenotes: %TRACENOTES_JAR% is missing: reinstall the release archive whole 1>&2
  exit /b 2
)
set "TRACENOTES_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "TRACENOTES_JAVA=%JAVA_HOME%\bin\java.exe"
"%TRACENOTES_JAVA%" %TRACENOTES_JAVA_OPTS% -jar "%TRACENOTES_JAR%" %*
exit /b %ERRORLEVEL%

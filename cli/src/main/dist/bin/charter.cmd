@echo off
rem charter - design-first API contract toolchain (Windows launcher)
rem
rem Environment:
rem   JAVA_HOME     Java 17+ to use (else java on PATH)
rem   JAVA_OPTS     extra JVM options (applied after charter's own)
rem   CHARTER_OPTS  extra JVM options for charter only (applied last, so they win)
rem
rem Unlike bin/charter (POSIX sh), this launcher keeps no class-data sharing archive, so each
rem run starts as a plain JVM. Exit status: that of charter itself; 3 when Java is not found.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java.exe"
)
"%JAVA_CMD%" -version >nul 2>&1
if errorlevel 1 (
  echo charter: Java 17 or newer is required: set JAVA_HOME or put java on PATH 1>&2
  exit /b 3
)
rem Short commands start fastest on the C1 compiler alone; servers (mock) and verify keep full JIT.
set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
for %%A in (%*) do (
  if /I "%%~A"=="mock" set "JIT="
  if /I "%%~A"=="verify" set "JIT="
)
"%JAVA_CMD%" %JIT% -Xss4m -cp "%APP_HOME%\lib\*" "-Dcharter.home=%APP_HOME%" %JAVA_OPTS% %CHARTER_OPTS% dev.charter.cli.Main %*
exit /b %ERRORLEVEL%

@echo off
rem ProjectDesk launcher: the desktop window without arguments, the command line with them.
rem JAVA_HOME selects the Java runtime (17 or newer); JAVA_OPTS adds JVM options.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
"%JAVA%" %JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%

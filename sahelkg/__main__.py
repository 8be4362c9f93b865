from sahelkg.cli import app

if __name__ == "__main__":  # worker processes re-import the main module: no side effects
    app()

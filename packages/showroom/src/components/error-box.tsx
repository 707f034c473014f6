/** The small inert box shown in place of the widget when it cannot show: text only, no controls. */
export function ErrorBox({ message }: { message: string }) {
  return (
    <p class="error" part="error" data-vitrine-error="">
      {message}
    </p>
  );
}

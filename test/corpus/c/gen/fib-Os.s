	.file	"fib.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	fib_rec, @function
fib_rec:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 30,3
	li 29,0
.L3:
	cmpwi 0,30,1
	ble- 0,.L2
	addi 3,30,-1
	addi 30,30,-2
	bl fib_rec
	add 29,29,3
	b .L3
.L2:
	srwi 9,31,1
	addi 11,1,32
	mulli 9,9,-2
	add 3,31,9
	add 3,3,29
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE0:
	.size	fib_rec,.-fib_rec
	.globl __umoddi3
	.globl __moddi3
	.align 2
	.type	fib_fast, @function
fib_fast:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	or. 9,3,4
	mflr 0
	stmw 24,32(1)
	.cfi_register 65, 0
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 24,4
	stw 0,68(1)
	.cfi_offset 65, 4
	mr 26,5
	beq- 0,.L9
	srwi 4,4,1
	addi 5,1,8
	rlwimi 4,3,31,0,31-31
	srwi 3,3,1
	bl fib_fast
	lwz 28,12(1)
	lwz 27,8(1)
	lis 9,0x3b9a
	mr 25,3
	ori 9,9,0xca07
	srwi 3,28,31
	slwi 10,28,1
	addc 10,10,9
	rlwimi 3,27,1,0,31-1
	mr 31,4
	addze 3,3
	lis 6,0x3b9a
	subfc 4,4,10
	subfe 3,25,3
	li 5,0
	ori 6,6,0xca07
	mullw 27,27,28
	bl __umoddi3
	lis 6,0x3b9a
	mullw 9,25,4
	li 5,0
	mullw 3,3,31
	ori 6,6,0xca07
	slwi 27,27,1
	add 3,3,9
	mulhwu 9,4,31
	mullw 4,4,31
	add 3,3,9
	bl __umoddi3
	lis 6,0x3b9a
	mullw 9,25,31
	mr 29,4
	mullw 10,31,31
	mr 30,3
	mullw 4,28,28
	li 5,0
	mulhwu 28,28,28
	slwi 9,9,1
	mulhwu 31,31,31
	ori 6,6,0xca07
	addc 4,4,10
	add 27,27,28
	add 9,9,31
	adde 3,27,9
	bl __umoddi3
	andi. 24,24,0x1
	mr 28,3
	mr 31,4
	beq+ 0,.L6
	addc 4,29,4
	lis 6,0x3b9a
	adde 3,30,28
	li 5,0
	ori 6,6,0xca07
	mr 30,28
	bl __umoddi3
	mr 29,31
	mr 28,3
	mr 31,4
.L6:
	stw 28,0(26)
	mr 3,30
	stw 31,4(26)
	addi 11,1,64
	mr 4,29
	b _restgpr_24_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 65
.L9:
	.cfi_restore_state
	mr 30,3
	mr 29,4
	li 28,0
	li 31,1
	b .L6
	.cfi_endproc
.LFE2:
	.size	fib_fast,.-fib_fast
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"fib_rec"
.LC1:
	.string	"fib_rec(20)"
.LC2:
	.string	"fib_iter(90)"
.LC3:
	.string	"fib_iter(93)"
.LC4:
	.string	"F("
.LC5:
	.string	") mod p="
	.globl __udivdi3
.LC6:
	.string	"lucas identity"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stmw 24,32(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LC0@ha
	li 31,0
	la 30,.LC0@l(30)
.L15:
	mr 3,31
	addi 31,31,4
	bl fib_rec
	mr 4,3
	mr 3,30
	bl show_int
	cmpwi 0,31,20
	bne+ 0,.L15
	li 3,20
	bl fib_rec
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	li 8,90
	li 10,0
	li 9,0
	li 5,0
	li 6,1
	mtctr 8
.L16:
	addc 7,6,9
	mr 9,6
	adde 8,5,10
	mr 10,5
	bdnz .L25
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_i64
	li 10,93
	li 8,0
	li 9,1
	li 5,0
	li 6,0
	mtctr 10
.L17:
	mr 7,8
	mr 10,9
	addc 9,6,9
	mr 6,10
	adde 8,5,8
	mr 5,7
	bdnz .L17
	lis 3,.LC3@ha
	lis 25,.LC4@ha
	la 3,.LC3@l(3)
	lis 26,.LC5@ha
	bl show_hex64
	li 29,5
	li 31,0
	li 30,10
	la 25,.LC4@l(25)
	la 26,.LC5@l(26)
	li 24,97
.L18:
	addi 5,1,8
	mr 3,31
	mr 4,30
	bl fib_fast
	mr 27,3
	mr 3,25
	mr 28,4
	bl print_str
	mr 4,30
	mr 3,31
	bl print_u64
	mr 3,26
	bl print_str
	mr 3,27
	mr 4,28
	mulli 31,31,97
	bl print_u64
	bl print_nl
	mulhwu 9,24,30
	addic. 29,29,-1
	mulli 30,30,97
	add 31,31,9
	bne+ 0,.L18
	li 9,1
	li 29,1
.L24:
	li 7,0
	li 8,1
	li 30,0
	li 10,0
	mtctr 9
.L19:
	bdnz .L20
	addi 28,9,1
	li 4,0
	li 7,1
	li 6,0
	li 31,0
	mtctr 28
.L21:
	mr 3,4
	mr 5,7
	addc 7,31,7
	mr 31,5
	adde 4,6,4
	mr 6,3
	bdnz .L21
	addc 31,10,5
	slwi 5,9,1
	adde 30,30,3
	li 6,0
	li 8,1
	li 7,0
	li 10,0
	mtctr 5
.L22:
	mr 3,6
	mr 4,8
	addc 8,10,8
	mr 10,4
	adde 6,7,6
	mr 7,3
	bdnz .L22
	li 8,0
	li 10,1
	li 5,0
	li 6,0
	mtctr 9
.L23:
	mr 7,8
	mr 9,10
	addc 10,6,10
	mr 6,9
	adde 8,5,8
	mr 5,7
	bdnz .L23
	bl __udivdi3
	xor 3,3,30
	xor 4,4,31
	or 3,3,4
	cmplwi 0,28,47
	cntlzw 3,3
	srwi 3,3,5
	and 29,29,3
	bne+ 0,.L26
	lis 3,.LC6@ha
	mr 4,29
	la 3,.LC6@l(3)
	bl show_int
	li 3,10
	bl fib_rec
	li 9,50
	divw 9,3,9
	addi 11,1,64
	mulli 9,9,50
	subf 3,9,3
	b _restgpr_24_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 65
.L25:
	.cfi_restore_state
	mr 5,8
	mr 6,7
	b .L16
.L26:
	mr 9,28
	b .L24
.L20:
	addc 6,10,8
	mr 10,8
	adde 5,30,7
	mr 8,6
	mr 30,7
	mr 7,5
	b .L19
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
